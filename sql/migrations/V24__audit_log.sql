-- The workspace's audit log: who did what, when, from where. Rows are only ever added: the
-- triggers below refuse any UPDATE or DELETE, so not even a bug in the application (or a careless
-- statement by hand) can rewrite the log. The actor's email and name are copied as they were at
-- the time, so the row stays readable after the member changes them. actor_member_id is no
-- foreign key on purpose: the log outlives whatever it names.
CREATE TABLE audit_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT       NOT NULL,
  occurred_at     TIMESTAMP(6) NOT NULL,
  actor_kind      VARCHAR(20)  NOT NULL,
  actor_member_id BIGINT       NULL,
  actor_email     VARCHAR(254) NULL,
  actor_name      VARCHAR(120) NULL,
  action          VARCHAR(40)  NOT NULL,
  subject_type    VARCHAR(40)  NULL,
  subject_id      BIGINT       NULL,
  address         VARCHAR(64)  NULL,
  user_agent      VARCHAR(255) NULL,
  detail          VARCHAR(255) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_audit_event_when (tenant_id, occurred_at, id),
  INDEX ix_audit_event_action (tenant_id, action, occurred_at),
  INDEX ix_audit_event_actor (tenant_id, actor_email, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be changed';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: rows cannot be deleted';
