-- Client approval of tracked time (H4): when an entry was handed in for approval, decisions in the
-- entry's history with the client's comment (or by the workspace itself, without a member), and the
-- workspace's choice to approve time automatically after some days of client silence (NULL: never).

ALTER TABLE time_entry
  ADD COLUMN submitted_at TIMESTAMP(6) NULL AFTER comment,
  ADD INDEX ix_time_entry_submitted (status, submitted_at);

ALTER TABLE time_entry_change
  MODIFY COLUMN member_id BIGINT NULL,
  ADD COLUMN comment VARCHAR(1000) NULL;

ALTER TABLE tenant
  ADD COLUMN time_approval_days INT NULL,
  ADD CONSTRAINT ck_tenant_time_approval
    CHECK (time_approval_days IS NULL OR time_approval_days BETWEEN 1 AND 90);
