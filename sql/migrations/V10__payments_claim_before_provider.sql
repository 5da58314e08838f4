-- A top-up or withdrawal is written, PENDING, before its provider is called: the row claims the
-- member's idempotency key, and the provider's reference is filled in once it answers. Keys are
-- the member's own, so another member's equal key is another payment. check_at is when the
-- settlement scan asks the provider about a payment still pending (its answer was never recorded,
-- or the provider settles it later); it replaces the sandbox's settle_after.

ALTER TABLE top_up
  DROP INDEX uq_top_up_key,
  ADD CONSTRAINT uq_top_up_member_key UNIQUE (tenant_id, member_id, idempotency_key),
  MODIFY provider_ref VARCHAR(80) NULL,
  ADD COLUMN card_last4 CHAR(4) NULL AFTER idempotency_key,
  DROP INDEX ix_top_up_pending,
  CHANGE settle_after check_at TIMESTAMP(6) NULL,
  ADD INDEX ix_top_up_check (status, check_at);

-- A withdrawal's hold is taken in the transaction that writes it, just after the insert.
ALTER TABLE withdrawal
  DROP INDEX uq_withdrawal_key,
  ADD CONSTRAINT uq_withdrawal_member_key UNIQUE (tenant_id, member_id, idempotency_key),
  MODIFY provider_ref VARCHAR(80) NULL,
  MODIFY hold_id BIGINT NULL,
  ADD COLUMN check_at TIMESTAMP(6) NULL AFTER created_at,
  ADD INDEX ix_withdrawal_check (status, check_at);
