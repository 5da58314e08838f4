-- An event raised by foreground work (a billing run's payments and failed charges) is deferred:
-- the relay publishes it once that work is over in the instance, while every other event goes at
-- once. The pending index leads with both, so each of the relay's two scans reads only its own.
ALTER TABLE outbox_event
  ADD COLUMN deferred BOOLEAN NOT NULL DEFAULT FALSE AFTER published_at,
  DROP INDEX ix_outbox_pending,
  ADD INDEX ix_outbox_pending (published_at, deferred, id);
