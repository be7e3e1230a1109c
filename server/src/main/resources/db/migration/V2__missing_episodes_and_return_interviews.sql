-- Missing episodes and return home interviews: device-authored and versioned like visits (every version
-- kept, operation ids unique, one change number each). `body` is the record exactly as the device sent
-- it (canonical JSON, offsets kept) and is what reads return; the time columns beside it are derived
-- from it as UTC text for queries (the 72-hour clock, inspection lists).

CREATE TABLE missing_episode (
    id              VARCHAR(36)  NOT NULL,
    version         INTEGER      NOT NULL,
    operation_id    VARCHAR(36)  NOT NULL UNIQUE,
    child_id        VARCHAR(64)  NOT NULL REFERENCES child (id),
    device_id       VARCHAR(100) NOT NULL,
    went_missing_at VARCHAR(30)  NOT NULL,
    returned_at     VARCHAR(30),
    received_at     VARCHAR(30)  NOT NULL,
    time_flags      VARCHAR(100) NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    latest          BOOLEAN      NOT NULL,
    change_seq      BIGINT       NOT NULL UNIQUE,
    PRIMARY KEY (id, version)
);
CREATE INDEX missing_episode_by_child ON missing_episode (child_id, went_missing_at);

CREATE TABLE return_interview (
    id           VARCHAR(36)  NOT NULL,
    version      INTEGER      NOT NULL,
    operation_id VARCHAR(36)  NOT NULL UNIQUE,
    child_id     VARCHAR(64)  NOT NULL REFERENCES child (id),
    device_id    VARCHAR(100) NOT NULL,
    episode_id   VARCHAR(36)  NOT NULL,
    offered_at   VARCHAR(30),
    completed_at VARCHAR(30),
    declined_at  VARCHAR(30),
    outcome      VARCHAR(20),
    received_at  VARCHAR(30)  NOT NULL,
    time_flags   VARCHAR(100) NOT NULL,
    content_hash VARCHAR(64)  NOT NULL,
    body         TEXT         NOT NULL,
    latest       BOOLEAN      NOT NULL,
    change_seq   BIGINT       NOT NULL UNIQUE,
    PRIMARY KEY (id, version)
);
CREATE INDEX return_interview_by_child ON return_interview (child_id);
CREATE INDEX return_interview_by_episode ON return_interview (episode_id);
