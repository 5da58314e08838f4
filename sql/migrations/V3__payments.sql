-- Money in and out through payment providers (W6). A top-up credits nothing until the provider
-- confirms it; a withdrawal holds the funds until the payout is paid or fails.

CREATE TABLE top_up (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  member_id       BIGINT       NOT NULL,
  amount          BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  provider        VARCHAR(20)  NOT NULL,
  provider_ref    VARCHAR(80)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  failure         VARCHAR(200) NULL,
  idempotency_key VARCHAR(120) NOT NULL,
  settle_after    TIMESTAMP(6) NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_top_up_key UNIQUE (tenant_id, idempotency_key),
  CONSTRAINT uq_top_up_provider_ref UNIQUE (provider, provider_ref),
  CONSTRAINT fk_top_up_member FOREIGN KEY (member_id) REFERENCES member (id),
  INDEX ix_top_up_pending (status, settle_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE withdrawal (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  member_id       BIGINT       NOT NULL,
  amount          BIGINT       NOT NULL,
  currency        CHAR(3)      NOT NULL,
  provider        VARCHAR(20)  NOT NULL,
  provider_ref    VARCHAR(80)  NOT NULL,
  payout_account  VARCHAR(60)  NOT NULL,
  hold_id         BIGINT       NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  failure         VARCHAR(200) NULL,
  idempotency_key VARCHAR(120) NOT NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_withdrawal_key UNIQUE (tenant_id, idempotency_key),
  CONSTRAINT uq_withdrawal_provider_ref UNIQUE (provider, provider_ref),
  CONSTRAINT fk_withdrawal_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Provider webhook events already processed: a replayed event changes nothing.
CREATE TABLE webhook_event (
  provider    VARCHAR(20)  NOT NULL,
  event_id    VARCHAR(80)  NOT NULL,
  type        VARCHAR(60)  NOT NULL,
  received_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (provider, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
