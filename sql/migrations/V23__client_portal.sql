-- Client portal (P1-P7). The owner turns the portal on or off per workspace; existing workspaces
-- (the demo ones among them) keep it on, as new ones do. Portal accounts are members with role
-- PORTAL, so they need no table of their own; what they may change about themselves beyond their
-- name (phone, billing address) is kept per member here, and the owner's help page (Markdown FAQ
-- and contact details) per workspace.
ALTER TABLE tenant ADD COLUMN portal_enabled BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE portal_profile (
  member_id       BIGINT        NOT NULL,
  tenant_id       BIGINT        NOT NULL,
  phone           VARCHAR(40)   NULL,
  billing_address VARCHAR(500)  NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (member_id),
  CONSTRAINT fk_portal_profile_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_portal_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_portal_profile_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portal_help (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id  BIGINT        NOT NULL,
  faq        TEXT          NOT NULL,
  contact    VARCHAR(1000) NOT NULL,
  version    BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_portal_help_tenant UNIQUE (tenant_id),
  CONSTRAINT fk_portal_help_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
