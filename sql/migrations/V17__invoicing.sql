-- Invoices (H5). An issuer is a freelancer ('member:<id>') or the workspace itself ('workspace');
-- each issuer keeps its own invoicing details and its own number series per kind and year.

-- What an issuer prints on its invoices and how it numbers and reminds.
CREATE TABLE invoice_profile (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id            BIGINT       NOT NULL,
  issuer_key           VARCHAR(40)  NOT NULL,
  business_name        VARCHAR(120) NULL,
  address              VARCHAR(500) NULL,
  country_code         CHAR(2)      NOT NULL,
  tax_id               VARCHAR(40)  NULL,
  invoice_prefix       VARCHAR(12)  NOT NULL,
  payment_terms_days   INT          NOT NULL,
  payment_instructions VARCHAR(500) NULL,
  reminder_days        VARCHAR(60)  NOT NULL,
  version              BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_invoice_profile UNIQUE (tenant_id, issuer_key),
  CONSTRAINT fk_invoice_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last number given in a series. Taken and raised in the issuing transaction, whose row lock
-- makes concurrent issues wait their turn and whose rollback gives the number back: no gaps.
CREATE TABLE document_series (
  tenant_id   BIGINT      NOT NULL,
  issuer_key  VARCHAR(40) NOT NULL,
  kind        VARCHAR(10) NOT NULL,
  year        INT         NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (tenant_id, issuer_key, kind, year),
  CONSTRAINT fk_document_series_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invoice. The recipient is copied in when the invoice is issued, so later changes of the
-- client do not change an issued invoice. Amounts are minor units of the currency: net, tax and
-- gross are sums of the rounded lines; paid counts succeeded payments, pending card payments that
-- wait for their provider. Overdue is derived from due_on, never stored. The printed PDF (and, once
-- voided, its void print) is kept by its SHA-256 in the content store. next_notice_at: when the
-- next reminder or the overdue notice of an open invoice is due (the scan's schedule).
CREATE TABLE invoice (
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
  status              VARCHAR(16)   NOT NULL,
  currency            CHAR(3)       NOT NULL,
  issued_on           DATE          NULL,
  due_on              DATE          NULL,
  terms_days          INT           NOT NULL,
  notes               VARCHAR(2000) NULL,
  net                 BIGINT        NOT NULL DEFAULT 0,
  tax                 BIGINT        NOT NULL DEFAULT 0,
  gross               BIGINT        NOT NULL DEFAULT 0,
  paid                BIGINT        NOT NULL DEFAULT 0,
  pending             BIGINT        NOT NULL DEFAULT 0,
  void_reason         VARCHAR(500)  NULL,
  pdf_sha             CHAR(64)      NULL,
  void_pdf_sha        CHAR(64)      NULL,
  source_key          VARCHAR(100)  NULL,
  issued_at           TIMESTAMP(6)  NULL,
  closed_at           TIMESTAMP(6)  NULL,
  next_notice_at      TIMESTAMP(6)  NULL,
  created_at          TIMESTAMP(6)  NOT NULL,
  version             BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_invoice_number UNIQUE (tenant_id, issuer_key, number),
  CONSTRAINT uq_invoice_source UNIQUE (tenant_id, source_key),
  CONSTRAINT ck_invoice_paid CHECK (paid >= 0 AND pending >= 0 AND paid + pending <= gross),
  CONSTRAINT fk_invoice_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_invoice_issuer FOREIGN KEY (issuer_member_id) REFERENCES member (id),
  CONSTRAINT fk_invoice_client FOREIGN KEY (desk_client_id) REFERENCES desk_client (id),
  CONSTRAINT fk_invoice_recipient FOREIGN KEY (recipient_member_id) REFERENCES member (id),
  INDEX ix_invoice_issuer (tenant_id, issuer_key, status, issued_on),
  INDEX ix_invoice_issuer_created (tenant_id, issuer_key, created_at),
  INDEX ix_invoice_recipient (tenant_id, recipient_member_id, status),
  INDEX ix_invoice_due (status, due_on),
  INDEX ix_invoice_notice (status, next_notice_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A line: quantity x unit price less the discount, rounded half-even (net); tax = net x rate,
-- rounded half-even. source_key names the time entry ('time:<id>') or released milestone
-- ('milestone:<id>') it bills; prepaid lines were paid through escrow already.
CREATE TABLE invoice_line (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT        NOT NULL,
  invoice_id   BIGINT        NOT NULL,
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
  source_key   VARCHAR(60)   NULL,
  prepaid      BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
  INDEX ix_invoice_line_invoice (invoice_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which invoice bills a time entry or a milestone: the key makes it one invoice at most, also when
-- two drafts take the same work at once. Removed with the draft's line and when an invoice is
-- voided (the work can then be invoiced again).
CREATE TABLE invoice_claim (
  tenant_id  BIGINT      NOT NULL,
  source_key VARCHAR(60) NOT NULL,
  invoice_id BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, source_key),
  CONSTRAINT fk_invoice_claim_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payment of an invoice: from the payer's wallet, by card (PENDING until the provider confirms
-- the top-up it rides on), recorded by the issuer (bank transfer, cash) or through escrow. The key
-- makes a replay the same payment; each succeeded payment has a numbered receipt.
CREATE TABLE invoice_payment (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  invoice_id      BIGINT       NOT NULL,
  payer_member_id BIGINT       NULL,
  recorded_by     BIGINT       NULL,
  method          VARCHAR(16)  NOT NULL,
  amount          BIGINT       NOT NULL,
  status          VARCHAR(10)  NOT NULL,
  idempotency_key VARCHAR(80)  NOT NULL,
  top_up_id       BIGINT       NULL,
  reference       VARCHAR(120) NULL,
  failure         VARCHAR(500) NULL,
  receipt_number  VARCHAR(40)  NULL,
  receipt_sha     CHAR(64)     NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  paid_at         TIMESTAMP(6) NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_invoice_payment_key UNIQUE (invoice_id, idempotency_key),
  CONSTRAINT uq_invoice_payment_top_up UNIQUE (top_up_id),
  CONSTRAINT ck_invoice_payment_amount CHECK (amount > 0),
  CONSTRAINT fk_invoice_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
  CONSTRAINT fk_invoice_payment_payer FOREIGN KEY (payer_member_id) REFERENCES member (id),
  CONSTRAINT fk_invoice_payment_top_up FOREIGN KEY (top_up_id) REFERENCES top_up (id),
  INDEX ix_invoice_payment_paid (tenant_id, paid_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to an invoice, for its history: who (NULL: the workspace), when, what.
CREATE TABLE invoice_history (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT        NOT NULL,
  invoice_id BIGINT        NOT NULL,
  member_id  BIGINT        NULL,
  at         TIMESTAMP(6)  NOT NULL,
  action     VARCHAR(30)   NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_invoice_history_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE CASCADE,
  INDEX ix_invoice_history (invoice_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each reminder and the overdue notice of an invoice, sent once: the key is the claim.
CREATE TABLE invoice_notice (
  tenant_id  BIGINT       NOT NULL,
  invoice_id BIGINT       NOT NULL,
  kind       VARCHAR(20)  NOT NULL,
  sent_at    TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (invoice_id, kind),
  CONSTRAINT fk_invoice_notice_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A CRM client's billing details, printed on its invoices.
ALTER TABLE desk_client
  ADD COLUMN billing_address VARCHAR(500) NULL AFTER company,
  ADD COLUMN country_code    CHAR(2)      NULL AFTER billing_address,
  ADD COLUMN tax_id          VARCHAR(40)  NULL AFTER country_code;

ALTER TABLE time_entry
  ADD CONSTRAINT fk_time_entry_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id);

-- Emails to people without an account (an invoice's CRM client) name no member; files travel with
-- an email (an invoice's PDF), kept with it until it is sent.
ALTER TABLE email_message
  MODIFY COLUMN recipient_id BIGINT NULL,
  ADD CONSTRAINT uq_email_address_event UNIQUE (tenant_id, to_address, event_id);

CREATE TABLE email_attachment (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  email_id   BIGINT       NOT NULL,
  file_name  VARCHAR(120) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  content    LONGBLOB     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_email_attachment_email FOREIGN KEY (email_id) REFERENCES email_message (id)
    ON DELETE CASCADE,
  INDEX ix_email_attachment_email (email_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each issuer's invoices per status: how many, their total and what was paid of it, kept by the
-- database itself as invoices are written, so the list's totals read a handful of rows however
-- large the book grows. Every write of an invoice goes through these triggers, whichever code
-- makes it; each is one statement (its old row taken off, its new row added).
CREATE TABLE invoice_book (
  tenant_id  BIGINT      NOT NULL,
  issuer_key VARCHAR(40) NOT NULL,
  status     VARCHAR(16) NOT NULL,
  invoices   BIGINT      NOT NULL,
  gross      BIGINT      NOT NULL,
  paid       BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, issuer_key, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER invoice_book_insert AFTER INSERT ON invoice FOR EACH ROW
  INSERT INTO invoice_book (tenant_id, issuer_key, status, invoices, gross, paid)
  VALUES (NEW.tenant_id, NEW.issuer_key, NEW.status, 1, NEW.gross, NEW.paid)
  ON DUPLICATE KEY UPDATE
    invoices = invoices + VALUES(invoices), gross = gross + VALUES(gross), paid = paid + VALUES(paid);

CREATE TRIGGER invoice_book_update AFTER UPDATE ON invoice FOR EACH ROW
  INSERT INTO invoice_book (tenant_id, issuer_key, status, invoices, gross, paid)
  VALUES (OLD.tenant_id, OLD.issuer_key, OLD.status, -1, -OLD.gross, -OLD.paid),
         (NEW.tenant_id, NEW.issuer_key, NEW.status, 1, NEW.gross, NEW.paid)
  ON DUPLICATE KEY UPDATE
    invoices = invoices + VALUES(invoices), gross = gross + VALUES(gross), paid = paid + VALUES(paid);

CREATE TRIGGER invoice_book_delete AFTER DELETE ON invoice FOR EACH ROW
  INSERT INTO invoice_book (tenant_id, issuer_key, status, invoices, gross, paid)
  VALUES (OLD.tenant_id, OLD.issuer_key, OLD.status, -1, -OLD.gross, -OLD.paid)
  ON DUPLICATE KEY UPDATE
    invoices = invoices + VALUES(invoices), gross = gross + VALUES(gross), paid = paid + VALUES(paid);
