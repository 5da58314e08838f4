-- Subscriptions (S1–S4): the workspace sells plans to its customers and bills them itself (the
-- invoices' issuer is the workspace). A period is [period_start, period_end); the next one to bill
-- starts on next_bill_on, the due column of the billing run. Exactly one bill per (subscription,
-- period start, kind): the unique key makes an interrupted run safe to run again.
CREATE TABLE plan (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT        NOT NULL,
  name             VARCHAR(80)   NOT NULL,
  description      VARCHAR(500)  NULL,
  price            BIGINT        NOT NULL,
  currency         CHAR(3)       NOT NULL,
  billing_interval VARCHAR(8)    NOT NULL,
  trial_days       INT           NOT NULL,
  active           BOOLEAN       NOT NULL,
  created_at       TIMESTAMP(6)  NOT NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_plan_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_plan_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whom the workspace bills: a member (pays from the wallet) or someone known only for billing
-- (pays by a card the provider keeps; we keep its token and last four digits).
CREATE TABLE customer (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT        NOT NULL,
  member_id       BIGINT        NULL,
  name            VARCHAR(120)  NOT NULL,
  email           VARCHAR(254)  NOT NULL,
  billing_address VARCHAR(500)  NULL,
  country_code    CHAR(2)       NULL,
  tax_id          VARCHAR(40)   NULL,
  card_token      VARCHAR(64)   NULL,
  card_last4      CHAR(4)       NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_customer_email UNIQUE (tenant_id, email),
  CONSTRAINT uq_customer_member UNIQUE (tenant_id, member_id),
  CONSTRAINT fk_customer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_customer_member FOREIGN KEY (member_id) REFERENCES member (id),
  INDEX ix_customer_name (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id            BIGINT        NOT NULL,
  customer_id          BIGINT        NOT NULL,
  plan_id              BIGINT        NOT NULL,
  status               VARCHAR(10)   NOT NULL,
  started_on           DATE          NOT NULL,
  anchor_on            DATE          NOT NULL,
  period_start         DATE          NOT NULL,
  period_end           DATE          NOT NULL,
  period_price         BIGINT        NOT NULL,
  periods_billed       INT           NOT NULL,
  next_bill_on         DATE          NULL,
  cancel_at_period_end BOOLEAN       NOT NULL,
  cancel_requested_at  TIMESTAMP(6)  NULL,
  cancelled_on         DATE          NULL,
  failed_attempts      INT           NOT NULL,
  credit               BIGINT        NOT NULL,
  next_retry_at        TIMESTAMP(6)  NULL,
  created_at           TIMESTAMP(6)  NOT NULL,
  version              BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_subscription_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_subscription_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  INDEX ix_subscription_due (next_bill_on, status),
  INDEX ix_subscription_retry (next_retry_at),
  INDEX ix_subscription_status (tenant_id, status, plan_id),
  INDEX ix_subscription_customer (tenant_id, customer_id),
  INDEX ix_subscription_cancelled (tenant_id, cancelled_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was billed: a period (kind PERIOD) or a plan change's prorated difference (kind CHANGE,
-- keyed by the change's day), with its invoice and how the payment went.
CREATE TABLE subscription_bill (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT        NOT NULL,
  subscription_id BIGINT        NOT NULL,
  kind            VARCHAR(8)    NOT NULL,
  period_start    DATE          NOT NULL,
  period_end      DATE          NOT NULL,
  amount          BIGINT        NOT NULL,
  currency        CHAR(3)       NOT NULL,
  invoice_id      BIGINT        NULL,
  status          VARCHAR(8)    NOT NULL,
  attempts        INT           NOT NULL,
  failure         VARCHAR(300)  NULL,
  billed_at       TIMESTAMP(6)  NOT NULL,
  paid_at         TIMESTAMP(6)  NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_subscription_bill UNIQUE (subscription_id, kind, period_start),
  CONSTRAINT fk_subscription_bill_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_subscription_bill_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
  CONSTRAINT fk_subscription_bill_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
  INDEX ix_subscription_bill_paid (tenant_id, status, paid_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A billing run of a workspace, its progress as it goes (shown live to the owner).
CREATE TABLE billing_run (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT        NOT NULL,
  started_by  BIGINT        NULL,
  started_at  TIMESTAMP(6)  NOT NULL,
  reported_at TIMESTAMP(6)  NOT NULL,
  finished_at TIMESTAMP(6)  NULL,
  total       INT           NOT NULL,
  processed   INT           NOT NULL,
  failed      INT           NOT NULL,
  billed      BIGINT        NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_billing_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_billing_run_tenant (tenant_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Invoices and receipts issued without their print (a billing run's) are printed by a queue that
-- looks for them by these.
CREATE INDEX ix_invoice_unprinted ON invoice (pdf_sha, tenant_id);
CREATE INDEX ix_invoice_payment_unprinted ON invoice_payment (receipt_sha, tenant_id);
