-- Times are ISO-8601 UTC text of fixed width (see TimeText); offsets are the device's, e.g. +01:00.
-- Types are those SQLite and PostgreSQL both accept: one set of migrations serves both.

-- The source of change sequence numbers for pull cursors. A writer reserves numbers by updating this
-- one row, which holds the row's lock until it commits: numbers are therefore committed in order, and a
-- reader that has seen number N can never later meet an uncommitted change numbered below N.
CREATE TABLE sync_counter (
    id    INTEGER NOT NULL PRIMARY KEY,
    value BIGINT  NOT NULL
);
INSERT INTO sync_counter (id, value) VALUES (1, 0);

CREATE TABLE child (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    date_of_birth VARCHAR(10)  NOT NULL,
    change_seq    BIGINT       NOT NULL
);
CREATE INDEX child_by_change ON child (change_seq);

-- One row per version of a visit: a correction adds a row and every version is kept.
CREATE TABLE visit (
    id               VARCHAR(36)  NOT NULL,
    version          INTEGER      NOT NULL,
    -- The device's UUID for the operation that stored this version. A retried push cannot store it
    -- twice: this key and the primary key are the guards, not application code.
    operation_id     VARCHAR(36)  NOT NULL UNIQUE,
    child_id         VARCHAR(64)  NOT NULL REFERENCES child (id),
    device_id        VARCHAR(100) NOT NULL,
    occurred_at      VARCHAR(30)  NOT NULL,
    occurred_offset  VARCHAR(6)   NOT NULL,
    recorded_at      VARCHAR(30)  NOT NULL,
    recorded_offset  VARCHAR(6)   NOT NULL,
    received_at      VARCHAR(30)  NOT NULL,
    seen             BOOLEAN      NOT NULL,
    seen_alone       BOOLEAN,
    not_alone_reason TEXT,
    notes            TEXT,
    -- Comma-separated TimeFlag wire names; empty when the device's times look right.
    time_flags       VARCHAR(100) NOT NULL,
    -- SHA-256 of the version as the device sent it: tells a harmless retry from a reused id.
    content_hash     VARCHAR(64)  NOT NULL,
    latest           BOOLEAN      NOT NULL,
    change_seq       BIGINT       NOT NULL UNIQUE,
    PRIMARY KEY (id, version)
);
CREATE INDEX visit_by_child ON visit (child_id, occurred_at);
