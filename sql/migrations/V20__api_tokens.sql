-- API tokens (S6): the owner gives a program read access to the workspace's API. The token itself
-- is shown once when it is made and kept only as its SHA-256 (lower-case hex), which is how a
-- presented token is found; the prefix (its first characters) lets the owner tell tokens apart.
-- A revoked token stays listed with when it was revoked; last_used_at is written at most once a
-- minute per token, not on every request.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  name         VARCHAR(80)  NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  prefix       VARCHAR(16)  NOT NULL,
  created_by   BIGINT       NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  last_used_at TIMESTAMP(6) NULL,
  revoked_at   TIMESTAMP(6) NULL,
  version      BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_api_token_member FOREIGN KEY (created_by) REFERENCES member (id),
  INDEX ix_api_token_tenant (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
