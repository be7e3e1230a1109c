-- Times are ISO-8601 UTC text of fixed width (see TimeText); offsets are the device's, e.g. +01:00.

CREATE TABLE child (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    date_of_birth VARCHAR(10)  NOT NULL
);

CREATE TABLE visit (
    -- The device's UUID for the record. A retried push cannot store it twice: this key is the guard.
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- The device's UUID for the operation that created it, equally unique.
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
    -- SHA-256 of the visit as the device sent it: tells a harmless retry from a reused id.
    content_hash     VARCHAR(64)  NOT NULL
);

CREATE INDEX visit_by_child ON visit (child_id, occurred_at);
