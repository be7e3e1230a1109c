-- A person's access can change without any child changing: the import moves them to another team or area,
-- or gives them other roles (or a team moves to another area). Such a change takes a change number of its
-- own, kept here. A device whose pull cursor is older is told to pull its caseload again from the beginning
-- (409 caseload_reset), and an access token issued before it is refused (401), so the device's next token
-- carries the new roles. 0: never changed since the person was created.
ALTER TABLE app_user ADD COLUMN scope_reset_seq BIGINT NOT NULL DEFAULT 0;
