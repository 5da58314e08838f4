-- Every signed-in session remembers the member's session epoch at sign-in; suspending a member or
-- "log out all my devices" moves the epoch on, which ends every session of theirs on every instance
-- at its next request.
ALTER TABLE member ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;
