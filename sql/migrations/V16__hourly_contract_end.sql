-- An hourly contract ends when either party ends it: no week after the current one is held, no
-- time is tracked on it any more, and its open weeks close (the rest back to the client) once their
-- time is decided. ended_at is when it ended; null while it runs, and on contracts paid by
-- milestones, which complete by their own steps.
ALTER TABLE contract
  ADD COLUMN ended_at TIMESTAMP(6) NULL;
