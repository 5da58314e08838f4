-- Double-entry ledger (W1-W5). Amounts are integer minor units with their ISO 4217 currency.
-- A journal entry is immutable; its postings sum to zero. An account's balance is a cached sum of
-- its postings, updated in the same transaction under a row lock.

CREATE TABLE ledger_account (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  kind       VARCHAR(30)  NOT NULL,
  owner_ref  VARCHAR(80)  NOT NULL,
  currency   CHAR(3)      NOT NULL,
  balance    BIGINT       NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  version    BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ledger_account UNIQUE (tenant_id, kind, owner_ref, currency),
  CONSTRAINT fk_ledger_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One entry per money command; the idempotency key makes a replay find the first effect.
CREATE TABLE journal_entry (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  type            VARCHAR(30)  NOT NULL,
  reference       VARCHAR(120) NOT NULL,
  actor_id        BIGINT       NULL,
  idempotency_key VARCHAR(120) NOT NULL,
  fingerprint     CHAR(64)     NOT NULL,
  hold_id         BIGINT       NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_journal_idempotency UNIQUE (tenant_id, idempotency_key),
  CONSTRAINT fk_journal_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_journal_reference (tenant_id, reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE posting (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT       NOT NULL,
  entry_id   BIGINT       NOT NULL,
  account_id BIGINT       NOT NULL,
  amount     BIGINT       NOT NULL,
  currency   CHAR(3)      NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_posting_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
  CONSTRAINT fk_posting_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  INDEX ix_posting_account (tenant_id, account_id, created_at),
  INDEX ix_posting_entry (entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A two-phase transfer: funds moved from a source account into a holding account (escrow or
-- pending withdrawal) until they are posted onwards or voided back. Resolves once per amount.
CREATE TABLE ledger_hold (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id          BIGINT       NOT NULL,
  purpose            VARCHAR(20)  NOT NULL,
  source_account_id  BIGINT       NOT NULL,
  holding_account_id BIGINT       NOT NULL,
  currency           CHAR(3)      NOT NULL,
  amount             BIGINT       NOT NULL,
  remaining          BIGINT       NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  reference          VARCHAR(120) NOT NULL,
  created_at         TIMESTAMP(6) NOT NULL,
  version            BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_hold_source FOREIGN KEY (source_account_id) REFERENCES ledger_account (id),
  CONSTRAINT fk_hold_holding FOREIGN KEY (holding_account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_hold_remaining CHECK (remaining BETWEEN 0 AND amount),
  INDEX ix_hold_holding (tenant_id, holding_account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
