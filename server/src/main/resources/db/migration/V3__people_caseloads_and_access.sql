-- People, caseloads, the episodes that decide which visiting rules apply, devices and sign-in, the
-- audit trail and the council's local policy. Same conventions as V1: ISO-8601 UTC text for instants,
-- ISO dates (YYYY-MM-DD) as text, types that SQLite and PostgreSQL both accept.

-- A team belongs to an area; missing-persons officers work across the teams of their area.
CREATE TABLE team (
    id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    area  VARCHAR(100) NOT NULL
);

CREATE TABLE app_user (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    -- The worker's or manager's team; null for people who belong to none (an administrator).
    team_id         VARCHAR(64)  REFERENCES team (id),
    -- A missing-persons officer's area; null otherwise.
    area            VARCHAR(100),
    -- Argon2id in PHC string form; null until a password is set (the user cannot sign in).
    password_hash   VARCHAR(200),
    active          BOOLEAN      NOT NULL,
    -- Consecutive failed sign-ins, and the instant until which sign-in is refused.
    failed_logins   INTEGER      NOT NULL,
    locked_until    VARCHAR(30),
    created_at      VARCHAR(30)  NOT NULL
);

-- Role names: social_worker, rhi_officer, team_manager, administrator.
CREATE TABLE user_role (
    user_id  VARCHAR(64) NOT NULL REFERENCES app_user (id),
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- A child's team and allocated worker as they stand now; the history is in allocation.
ALTER TABLE child ADD COLUMN team_id VARCHAR(64) REFERENCES team (id);
ALTER TABLE child ADD COLUMN allocated_worker_id VARCHAR(64) REFERENCES app_user (id);
-- The day the case closed; null while open. A closed child leaves every device's caseload.
ALTER TABLE child ADD COLUMN closed_on VARCHAR(10);
CREATE INDEX child_by_worker ON child (allocated_worker_id);
CREATE INDEX child_by_team ON child (team_id);

-- Every allocation a child has had: the current one has allocated_until null.
CREATE TABLE allocation (
    child_id          VARCHAR(64) NOT NULL REFERENCES child (id),
    allocated_from    VARCHAR(30) NOT NULL,
    worker_id         VARCHAR(64) REFERENCES app_user (id),
    team_id           VARCHAR(64) REFERENCES team (id),
    allocated_until   VARCHAR(30),
    PRIMARY KEY (child_id, allocated_from)
);

-- Episodes. Ids come from the council's case management system (import), so re-imports are idempotent.
-- kind: cp (child protection plan) or cin (child in need plan).
CREATE TABLE plan (
    id          VARCHAR(64) NOT NULL PRIMARY KEY,
    child_id    VARCHAR(64) NOT NULL REFERENCES child (id),
    kind        VARCHAR(10) NOT NULL,
    start_date  VARCHAR(10) NOT NULL,
    end_date    VARCHAR(10)
);
CREATE INDEX plan_by_child ON plan (child_id);

-- placement_type: the compliance module's PlacementType codes (general, with_parent_reg19, ...).
CREATE TABLE placement (
    id                       VARCHAR(64) NOT NULL PRIMARY KEY,
    child_id                 VARCHAR(64) NOT NULL REFERENCES child (id),
    start_date               VARCHAR(10) NOT NULL,
    end_date                 VARCHAR(10),
    placement_type           VARCHAR(40) NOT NULL,
    intended_until_18_from   VARCHAR(10),
    long_term_foster_from    VARCHAR(10),
    child_agreed_from        VARCHAR(10),
    first_review_date        VARCHAR(10)
);
CREATE INDEX placement_by_child ON placement (child_id);

CREATE TABLE private_fostering (
    id                          VARCHAR(64) NOT NULL PRIMARY KEY,
    child_id                    VARCHAR(64) NOT NULL REFERENCES child (id),
    notification_received_date  VARCHAR(10),
    la_aware_date               VARCHAR(10),
    end_date                    VARCHAR(10)
);
CREATE INDEX private_fostering_by_child ON private_fostering (child_id);

-- basis: s23b, s24b or other.
CREATE TABLE care_leaver_accommodation (
    id                   VARCHAR(64) NOT NULL PRIMARY KEY,
    child_id             VARCHAR(64) NOT NULL REFERENCES child (id),
    first_provided_date  VARCHAR(10) NOT NULL,
    basis                VARCHAR(10) NOT NULL,
    end_date             VARCHAR(10)
);
CREATE INDEX care_leaver_accommodation_by_child ON care_leaver_accommodation (child_id);

-- A device a user signed in on. Revoking it refuses its next sync and tells it to wipe its local copy
-- once it has pushed what it still holds.
CREATE TABLE device (
    id            VARCHAR(100) NOT NULL PRIMARY KEY,
    user_id       VARCHAR(64)  NOT NULL REFERENCES app_user (id),
    name          VARCHAR(200) NOT NULL,
    registered_at VARCHAR(30)  NOT NULL,
    last_seen_at  VARCHAR(30),
    revoked_at    VARCHAR(30),
    revoked_by    VARCHAR(64)
);
CREATE INDEX device_by_user ON device (user_id);

-- One refresh token per device, stored only as its SHA-256; rotated on every refresh.
CREATE TABLE refresh_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    device_id   VARCHAR(100) NOT NULL REFERENCES device (id),
    issued_at   VARCHAR(30)  NOT NULL,
    expires_at  VARCHAR(30)  NOT NULL
);
CREATE INDEX refresh_token_by_device ON refresh_token (device_id);

-- Append-only: the application inserts and never updates or deletes.
-- action: read or write; channel: api, sync or web; subject: what was touched (e.g. visit id).
CREATE TABLE audit_event (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    recorded_at VARCHAR(30)  NOT NULL,
    user_id     VARCHAR(64),
    username    VARCHAR(100),
    device_id   VARCHAR(100),
    channel     VARCHAR(10)  NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    child_id    VARCHAR(64),
    subject     VARCHAR(200),
    detail      VARCHAR(500)
);
CREATE INDEX audit_by_time ON audit_event (recorded_at);
CREATE INDEX audit_by_child ON audit_event (child_id, recorded_at);
CREATE INDEX audit_by_user ON audit_event (user_id, recorded_at);

-- The council's local policy as one JSON document, versioned: the latest row is in force.
CREATE TABLE council_policy (
    version     INTEGER      NOT NULL PRIMARY KEY,
    document    TEXT         NOT NULL,
    changed_at  VARCHAR(30)  NOT NULL,
    changed_by  VARCHAR(64)
);
