-- Conversations between a client and a freelancer (N1), one per context: a job (a freelancer's
-- question before applying), a proposal or a contract. Each side's last read message gives the
-- unread counts.
CREATE TABLE conversation (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id            BIGINT       NOT NULL,
  context_type         VARCHAR(10)  NOT NULL,
  context_id           BIGINT       NOT NULL,
  client_id            BIGINT       NOT NULL,
  freelancer_id        BIGINT       NOT NULL,
  subject              VARCHAR(160) NOT NULL,
  created_at           TIMESTAMP(6) NOT NULL,
  last_message_at      TIMESTAMP(6) NULL,
  client_last_read     BIGINT       NOT NULL DEFAULT 0,
  freelancer_last_read BIGINT       NOT NULL DEFAULT 0,
  version              BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_conversation_context UNIQUE (tenant_id, context_type, context_id, freelancer_id),
  CONSTRAINT fk_conversation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_conversation_client FOREIGN KEY (client_id) REFERENCES member (id),
  CONSTRAINT fk_conversation_freelancer FOREIGN KEY (freelancer_id) REFERENCES member (id),
  INDEX ix_conversation_client (tenant_id, client_id, last_message_at),
  INDEX ix_conversation_freelancer (tenant_id, freelancer_id, last_message_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conversation_message (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  conversation_id BIGINT       NOT NULL,
  sender_id       BIGINT       NOT NULL,
  body            TEXT         NOT NULL,
  created_at      TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_message_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
  CONSTRAINT fk_message_sender FOREIGN KEY (sender_id) REFERENCES member (id),
  INDEX ix_message_thread (tenant_id, conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
