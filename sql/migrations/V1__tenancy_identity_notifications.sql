-- Tenancy and identity: tenants (businesses), their members, remember-me logins,
-- and in-app notifications. Every tenant-owned table carries tenant_id (NOT NULL, indexed,
-- foreign key): EclipseLink's single-table multitenancy filters on it.

CREATE TABLE tenant (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  slug             VARCHAR(40)  NOT NULL,
  name             VARCHAR(120) NOT NULL,
  currency         CHAR(3)      NOT NULL,
  fee_basis_points INT          NOT NULL,
  primary_colour   CHAR(7)      NOT NULL,
  logo             MEDIUMBLOB   NULL,
  logo_media_type  VARCHAR(60)  NULL,
  created_at       TIMESTAMP(6) NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_tenant_slug UNIQUE (slug),
  CONSTRAINT ck_tenant_fee CHECK (fee_basis_points BETWEEN 0 AND 5000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT       NOT NULL,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(120) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  role          VARCHAR(20)  NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_member_email UNIQUE (tenant_id, email),
  CONSTRAINT fk_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_member_tenant_role (tenant_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Looked up before anyone is signed in (a remember-me cookie carries no tenant), so it is not
-- tenant-filtered by JPA; only the SHA-256 of the random token is stored.
CREATE TABLE remember_me_token (
  token_hash CHAR(64)     NOT NULL,
  tenant_id  BIGINT       NOT NULL,
  member_id  BIGINT       NOT NULL,
  created_at TIMESTAMP(6) NOT NULL,
  expires_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (token_hash),
  CONSTRAINT fk_remember_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  INDEX ix_remember_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  recipient_id BIGINT       NOT NULL,
  event_id     CHAR(36)     NOT NULL,
  type         VARCHAR(40)  NOT NULL,
  message      VARCHAR(500) NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  read_at      TIMESTAMP(6) NULL,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (id),
  -- a redelivered event never notifies the same person twice
  CONSTRAINT uq_notification_event UNIQUE (tenant_id, recipient_id, event_id),
  CONSTRAINT fk_notification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_notification_member FOREIGN KEY (recipient_id) REFERENCES member (id),
  INDEX ix_notification_inbox (tenant_id, recipient_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
