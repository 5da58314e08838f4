-- Quotes (H6): an issuer's offer to a CRM client or a member, numbered in its own series
-- ('<invoice prefix>-Q', e.g. INV-Q-2026-0001) when it is sent. Expired is derived, never stored:
-- a sent quote whose valid_until is before today. Accepting it opens exactly one desk project (a
-- CRM client's quote) or one fixed-price contract (a member's quote), kept here: the unique keys
-- and the row lock make a second acceptance answer the first one's result.
CREATE TABLE quote (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id           BIGINT        NOT NULL,
  issuer_key          VARCHAR(40)   NOT NULL,
  issuer_member_id    BIGINT        NULL,
  desk_client_id      BIGINT        NULL,
  recipient_member_id BIGINT        NULL,
  recipient_name      VARCHAR(120)  NOT NULL,
  recipient_email     VARCHAR(254)  NULL,
  recipient_address   VARCHAR(500)  NULL,
  recipient_country   CHAR(2)       NULL,
  recipient_tax_id    VARCHAR(40)   NULL,
  number              VARCHAR(40)   NULL,
  title               VARCHAR(120)  NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  currency            CHAR(3)       NOT NULL,
  valid_until         DATE          NOT NULL,
  notes               VARCHAR(2000) NULL,
  net                 BIGINT        NOT NULL DEFAULT 0,
  tax                 BIGINT        NOT NULL DEFAULT 0,
  gross               BIGINT        NOT NULL DEFAULT 0,
  pdf_sha             CHAR(64)      NULL,
  sent_on             DATE          NULL,
  sent_at             TIMESTAMP(6)  NULL,
  decided_by          BIGINT        NULL,
  decided_at          TIMESTAMP(6)  NULL,
  rejection           VARCHAR(1000) NULL,
  project_id          BIGINT        NULL,
  contract_id         BIGINT        NULL,
  created_at          TIMESTAMP(6)  NOT NULL,
  version             BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quote_number UNIQUE (tenant_id, issuer_key, number),
  CONSTRAINT uq_quote_project UNIQUE (project_id),
  CONSTRAINT uq_quote_contract UNIQUE (contract_id),
  CONSTRAINT fk_quote_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_quote_issuer FOREIGN KEY (issuer_member_id) REFERENCES member (id),
  CONSTRAINT fk_quote_client FOREIGN KEY (desk_client_id) REFERENCES desk_client (id),
  CONSTRAINT fk_quote_recipient FOREIGN KEY (recipient_member_id) REFERENCES member (id),
  CONSTRAINT fk_quote_project FOREIGN KEY (project_id) REFERENCES desk_project (id),
  CONSTRAINT fk_quote_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  INDEX ix_quote_issuer (tenant_id, issuer_key, status, created_at),
  INDEX ix_quote_recipient (tenant_id, recipient_member_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A quote's line: the shape and arithmetic of an invoice line (see invoice_line), written by hand
-- only, so without a source or an escrow payment.
CREATE TABLE quote_line (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT        NOT NULL,
  quote_id     BIGINT        NOT NULL,
  position     INT           NOT NULL,
  description  VARCHAR(500)  NOT NULL,
  quantity     DECIMAL(12,3) NOT NULL,
  unit         VARCHAR(3)    NOT NULL,
  unit_price   BIGINT        NOT NULL,
  discount     DECIMAL(5,2)  NOT NULL,
  net          BIGINT        NOT NULL,
  tax_rate     DECIMAL(5,2)  NOT NULL,
  tax_category VARCHAR(16)   NOT NULL,
  tax          BIGINT        NOT NULL,
  tax_note     VARCHAR(200)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_quote_line_quote FOREIGN KEY (quote_id) REFERENCES quote (id) ON DELETE CASCADE,
  INDEX ix_quote_line_quote (quote_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A fixed-price contract agreed by accepting a quote has no job and no proposal behind it.
ALTER TABLE contract
  MODIFY COLUMN job_id      BIGINT NULL,
  MODIFY COLUMN proposal_id BIGINT NULL;
