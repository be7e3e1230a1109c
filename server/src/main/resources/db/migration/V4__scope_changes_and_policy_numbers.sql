-- Caseload scoping for pull: every event that may move a child into or out of someone's view gets a
-- change number of its own, with the child's state before and after it. A pull expands an entry into
-- the child and its records, and turns an exit into a removal, for exactly the callers concerned.
-- reason: reallocated, closed, reopened, first_missing_episode.
CREATE TABLE child_scope_change (
    change_seq        BIGINT      NOT NULL PRIMARY KEY,
    child_id          VARCHAR(64) NOT NULL REFERENCES child (id),
    changed_at        VARCHAR(30) NOT NULL,
    reason            VARCHAR(30) NOT NULL,
    before_team_id    VARCHAR(64),
    before_worker_id  VARCHAR(64),
    before_closed     BOOLEAN     NOT NULL,
    before_missing    BOOLEAN     NOT NULL,
    after_team_id     VARCHAR(64),
    after_worker_id   VARCHAR(64),
    after_closed      BOOLEAN     NOT NULL,
    after_missing     BOOLEAN     NOT NULL
);
CREATE INDEX child_scope_change_by_child ON child_scope_change (child_id, change_seq);

-- A saved policy version reaches devices through pull like any other change.
ALTER TABLE council_policy ADD COLUMN change_seq BIGINT;

-- The audit trail's append-only guard is a trigger whose syntax differs between SQLite and
-- PostgreSQL: see the Java migration db.migration.V4_1__Audit_append_only.
