-- The manager dashboard: browser sessions, managers' reviews of not-seen-alone visits, and the compliance
-- snapshot it reads (see server/README.md, "Dashboard"). Same conventions as V1: ISO-8601 UTC text for
-- instants, ISO dates as text, types that SQLite and PostgreSQL both accept.

-- A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. form_token is the
-- per-session token every dashboard form must send back (CSRF). A session ends at expires_at, after
-- idle_timeout without a request (last_seen_at), or when its person signs out (ended_at).
CREATE TABLE web_session (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    user_id       VARCHAR(64)  NOT NULL REFERENCES app_user (id),
    form_token    VARCHAR(64)  NOT NULL,
    created_at    VARCHAR(30)  NOT NULL,
    last_seen_at  VARCHAR(30)  NOT NULL,
    expires_at    VARCHAR(30)  NOT NULL,
    ended_at      VARCHAR(30)
);
CREATE INDEX web_session_by_user ON web_session (user_id);

-- A manager agrees with, or challenges, the reason a child was not seen alone at one version of a visit.
-- Every review is kept; the latest for a visit version is the one in force. decision: agreed, challenged.
CREATE TABLE visit_review (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    visit_id       VARCHAR(36)  NOT NULL,
    visit_version  INTEGER      NOT NULL,
    child_id       VARCHAR(64)  NOT NULL REFERENCES child (id),
    decision       VARCHAR(20)  NOT NULL,
    comment        TEXT,
    reviewed_by    VARCHAR(64)  NOT NULL REFERENCES app_user (id),
    reviewer_name  VARCHAR(200) NOT NULL,
    reviewed_at    VARCHAR(30)  NOT NULL,
    FOREIGN KEY (visit_id, visit_version) REFERENCES visit (id, version)
);
CREATE INDEX visit_review_by_visit ON visit_review (visit_id, visit_version);
CREATE INDEX visit_review_by_child ON visit_review (child_id, reviewed_at);

-- Episodes (plans, placements, private fostering, care leaver accommodation) carry no change number of
-- their own; a write that adds or changes one notes the child here under a change number, so that the
-- compliance snapshot sees it like any other change.
CREATE TABLE episode_change (
    change_seq  BIGINT      NOT NULL,
    child_id    VARCHAR(64) NOT NULL REFERENCES child (id),
    PRIMARY KEY (change_seq, child_id)
);
CREATE INDEX episode_change_by_child ON episode_change (child_id);

-- Each open child's compliance as last evaluated: derived data, rebuilt from the records at any time.
-- A row is current while no record of the child has a change number above source_seq, the policy in
-- force is policy_version, and stale_after (the next moment a status can change by the clock alone: the
-- next London midnight or a return interview deadline) has not passed.
-- Statuses: compliant, due_soon, overdue (null: the regime does not apply); worst_status adds none.
-- months: per London month, "YYYY-MM:in_time,late,seen,seen_alone,not_seen" joined by ';'.
CREATE TABLE compliance_snapshot (
    child_id           VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES child (id),
    team_id            VARCHAR(64),
    worker_id          VARCHAR(64),
    worst_status       VARCHAR(10)  NOT NULL,
    cp_status          VARCHAR(10),
    cp_due             VARCHAR(10),
    cin_status         VARCHAR(10),
    cin_due            VARCHAR(10),
    cic_status         VARCHAR(10),
    cic_due            VARCHAR(10),
    pf_status          VARCHAR(10),
    pf_due             VARCHAR(10),
    cl_status          VARCHAR(10),
    cl_due             VARCHAR(10),
    next_due           VARCHAR(10),
    days_overdue       INTEGER      NOT NULL,
    breaches           INTEGER      NOT NULL,
    flags              VARCHAR(200) NOT NULL,
    last_visit_at      VARCHAR(30),
    last_seen_alone_at VARCHAR(30),
    months             TEXT         NOT NULL,
    evaluated_at       VARCHAR(30)  NOT NULL,
    stale_after        VARCHAR(30)  NOT NULL,
    source_seq         BIGINT       NOT NULL,
    policy_version     INTEGER      NOT NULL
);
CREATE INDEX compliance_snapshot_by_team ON compliance_snapshot (team_id);
CREATE INDEX compliance_snapshot_by_worker ON compliance_snapshot (worker_id);

-- Each returned missing episode's return interview clock, as last evaluated with its child's row above.
-- status: compliant, due_soon, not_yet_due, overdue, late, superseded.
CREATE TABLE rhi_snapshot (
    episode_id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    child_id           VARCHAR(64)  NOT NULL REFERENCES child (id),
    team_id            VARCHAR(64),
    worker_id          VARCHAR(64),
    returned_at        VARCHAR(30)  NOT NULL,
    deadline           VARCHAR(30)  NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    offered_in_time    BOOLEAN,
    completed_in_time  BOOLEAN,
    done               BOOLEAN      NOT NULL
);
CREATE INDEX rhi_snapshot_by_child ON rhi_snapshot (child_id);
CREATE INDEX rhi_snapshot_by_team ON rhi_snapshot (team_id, returned_at);

-- How far the snapshot has been brought up to date, per scope: every change numbered up to refreshed_seq
-- has been applied to the scope's children. Scopes: 'all' (the background refresh), 'team:<id>' and
-- 'worker:<id>' (a page refreshes its own children before reading them).
CREATE TABLE compliance_watermark (
    scope          VARCHAR(100) NOT NULL PRIMARY KEY,
    refreshed_seq  BIGINT       NOT NULL
);
