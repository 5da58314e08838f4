-- Account security: verified email addresses, accounts without a usable password yet (invited
-- portal accounts), and one-time account links (verify an email, reset a password, accept an
-- invite). Members that exist today count as verified.
ALTER TABLE member ADD COLUMN email_verified_at TIMESTAMP(6) NULL;
UPDATE member SET email_verified_at = created_at;
ALTER TABLE member MODIFY password_hash VARCHAR(400) NULL;

-- Only the SHA-256 (lower-case hex) of a link's random token is kept. A link is used by a
-- conditional update (used_at IS NULL AND expires_at > now), so two uses at once use it once; a new
-- link of a member and purpose voids the older unused ones (their used_at set, voided = 1).
CREATE TABLE account_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  member_id   BIGINT       NOT NULL,
  purpose     VARCHAR(10)  NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  expires_at  TIMESTAMP(6) NOT NULL,
  used_at     TIMESTAMP(6) NULL,
  voided      TINYINT(1)   NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_account_token_member FOREIGN KEY (member_id) REFERENCES member (id),
  INDEX ix_account_token_member (tenant_id, member_id, purpose, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
