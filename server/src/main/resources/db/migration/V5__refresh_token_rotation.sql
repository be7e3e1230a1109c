-- A rotated refresh token is kept, marked with when it was replaced: presenting it again means someone
-- else holds a copy, and every token of that device is then withdrawn.
ALTER TABLE refresh_token ADD COLUMN replaced_at VARCHAR(30);
