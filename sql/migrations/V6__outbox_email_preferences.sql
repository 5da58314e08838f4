-- Events that are never lost (N2, N3): each domain event is written to the outbox in the
-- transaction of the change that raised it, and relayed to the broker from there.
-- The outbox serves every workspace: the relay reads it across tenants, consumers then act
-- inside the tenant named by each event.
CREATE TABLE outbox_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  event_id     CHAR(36)     NOT NULL,
  type         VARCHAR(40)  NOT NULL,
  payload      TEXT         NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  published_at TIMESTAMP(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_outbox_event UNIQUE (event_id),
  CONSTRAINT fk_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_outbox_pending (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Emails to send, one per recipient and event whatever the redeliveries; the mailer retries those
-- the SMTP server did not take, later each time.
CREATE TABLE email_message (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  recipient_id    BIGINT       NOT NULL,
  event_id        CHAR(36)     NOT NULL,
  to_address      VARCHAR(254) NOT NULL,
  subject         VARCHAR(200) NOT NULL,
  text_body       TEXT         NOT NULL,
  html_body       TEXT         NOT NULL,
  status          VARCHAR(10)  NOT NULL,
  attempts        INT          NOT NULL,
  next_attempt_at TIMESTAMP(6) NOT NULL,
  last_error      VARCHAR(500) NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  sent_at         TIMESTAMP(6) NULL,
  version         BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_email_event UNIQUE (tenant_id, recipient_id, event_id),
  CONSTRAINT fk_email_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_email_member FOREIGN KEY (recipient_id) REFERENCES member (id),
  INDEX ix_email_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a member does not want to hear about, per event type and channel; no row means yes.
CREATE TABLE notification_preference (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT      NOT NULL,
  member_id  BIGINT      NOT NULL,
  event_type VARCHAR(40) NOT NULL,
  channel    VARCHAR(10) NOT NULL,
  enabled    BOOLEAN     NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_preference UNIQUE (tenant_id, member_id, event_type, channel),
  CONSTRAINT fk_preference_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_preference_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
