-- The marketplace (M1–M9): profiles, jobs, proposals, contracts with escrowed milestones,
-- deliverable files, disputes, reviews, and each tenant's rules for uploads and auto-release.

ALTER TABLE tenant
  ADD COLUMN auto_release_days INT           NOT NULL DEFAULT 14,
  ADD COLUMN upload_types      VARCHAR(1000) NOT NULL
    DEFAULT 'application/pdf,image/png,image/jpeg,image/gif,text/plain,application/zip',
  ADD COLUMN upload_max_bytes  BIGINT        NOT NULL DEFAULT 10485760,
  ADD CONSTRAINT ck_tenant_auto_release CHECK (auto_release_days BETWEEN 1 AND 90);

-- One row per member who filled in a profile: freelancer fields or client fields.
CREATE TABLE profile (
  member_id   BIGINT        NOT NULL,
  tenant_id   BIGINT        NOT NULL,
  headline    VARCHAR(120)  NULL,
  bio         TEXT          NULL,
  skills      VARCHAR(400)  NOT NULL DEFAULT '',
  hourly_rate BIGINT        NULL,
  company     VARCHAR(120)  NULL,
  website     VARCHAR(200)  NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (member_id),
  CONSTRAINT fk_profile_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_profile_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Skills are stored lower-case between commas (",java,sql,") so one LIKE finds a whole skill.
CREATE TABLE job (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  client_id   BIGINT       NOT NULL,
  title       VARCHAR(120) NOT NULL,
  description TEXT         NOT NULL,
  category    VARCHAR(30)  NOT NULL,
  skills      VARCHAR(400) NOT NULL,
  kind        VARCHAR(10)  NOT NULL,
  budget      BIGINT       NOT NULL,
  currency    CHAR(3)      NOT NULL,
  deadline    DATE         NULL,
  status      VARCHAR(20)  NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  version     BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_job_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_job_client FOREIGN KEY (client_id) REFERENCES member (id),
  INDEX ix_job_board (tenant_id, status, created_at, id),
  INDEX ix_job_board_category (tenant_id, status, category, created_at),
  INDEX ix_job_client (tenant_id, client_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT       NOT NULL,
  job_id        BIGINT       NOT NULL,
  freelancer_id BIGINT       NOT NULL,
  cover_letter  TEXT         NOT NULL,
  amount        BIGINT       NOT NULL,
  timeline_days INT          NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  created_at    TIMESTAMP(6) NOT NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_proposal_per_freelancer UNIQUE (tenant_id, job_id, freelancer_id),
  CONSTRAINT fk_proposal_job FOREIGN KEY (job_id) REFERENCES job (id),
  CONSTRAINT fk_proposal_freelancer FOREIGN KEY (freelancer_id) REFERENCES member (id),
  INDEX ix_proposal_freelancer (tenant_id, freelancer_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contract (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id           BIGINT       NOT NULL,
  job_id              BIGINT       NOT NULL,
  proposal_id         BIGINT       NOT NULL,
  client_id           BIGINT       NOT NULL,
  freelancer_id       BIGINT       NOT NULL,
  title               VARCHAR(120) NOT NULL,
  kind                VARCHAR(10)  NOT NULL,
  currency            CHAR(3)      NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  cancel_requested_by BIGINT       NULL,
  created_at          TIMESTAMP(6) NOT NULL,
  version             BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_contract_proposal UNIQUE (proposal_id),
  CONSTRAINT fk_contract_job FOREIGN KEY (job_id) REFERENCES job (id),
  CONSTRAINT fk_contract_client FOREIGN KEY (client_id) REFERENCES member (id),
  CONSTRAINT fk_contract_freelancer FOREIGN KEY (freelancer_id) REFERENCES member (id),
  INDEX ix_contract_client (tenant_id, client_id),
  INDEX ix_contract_freelancer (tenant_id, freelancer_id),
  INDEX ix_contract_status (tenant_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- review_due_at is when client silence releases the milestone; the scan that does it reads this
-- column, so a restart forgets nothing. released is the gross amount paid to the freelancer
-- (all of it on approval, a part after a split dispute): the workspace's GMV sums it.
CREATE TABLE milestone (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT       NOT NULL,
  contract_id   BIGINT       NOT NULL,
  position      INT          NOT NULL,
  title         VARCHAR(120) NOT NULL,
  amount        BIGINT       NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  hold_id       BIGINT       NULL,
  review_due_at TIMESTAMP(6) NULL,
  released      BIGINT       NOT NULL DEFAULT 0,
  released_at   TIMESTAMP(6) NULL,
  version       BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_milestone_position UNIQUE (contract_id, position),
  CONSTRAINT fk_milestone_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  CONSTRAINT ck_milestone_amount CHECK (amount > 0),
  INDEX ix_milestone_review_due (status, review_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to a contract, by whom (NULL: the auto-release timer), in order.
CREATE TABLE contract_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT        NOT NULL,
  contract_id BIGINT        NOT NULL,
  milestone_id BIGINT       NULL,
  actor_id    BIGINT        NULL,
  action      VARCHAR(30)   NOT NULL,
  detail      VARCHAR(2000) NULL,
  created_at  TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_contract_event_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  INDEX ix_contract_event (contract_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dispute (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id       BIGINT        NOT NULL,
  contract_id     BIGINT        NOT NULL,
  opened_by       BIGINT        NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  opened_at       TIMESTAMP(6)  NOT NULL,
  resolution      VARCHAR(10)   NULL,
  to_freelancer   BIGINT        NULL,
  to_client       BIGINT        NULL,
  resolved_by     BIGINT        NULL,
  resolution_note VARCHAR(2000) NULL,
  resolved_at     TIMESTAMP(6)  NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_dispute_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  INDEX ix_dispute_open (tenant_id, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT        NOT NULL,
  contract_id BIGINT        NOT NULL,
  author_id   BIGINT        NOT NULL,
  subject_id  BIGINT        NOT NULL,
  stars       INT           NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  created_at  TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_review_per_side UNIQUE (contract_id, author_id),
  CONSTRAINT fk_review_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  CONSTRAINT ck_review_stars CHECK (stars BETWEEN 1 AND 5),
  INDEX ix_review_subject (tenant_id, subject_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded files: the bytes live outside the web root under their SHA-256; rows say who may
-- see them through what they are attached to (a job, a proposal, a submission, a portfolio).
CREATE TABLE stored_file (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id   BIGINT       NOT NULL,
  owner_kind  VARCHAR(20)  NOT NULL,
  owner_id    BIGINT       NOT NULL,
  name        VARCHAR(255) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size_bytes  BIGINT       NOT NULL,
  sha256      CHAR(64)     NOT NULL,
  uploaded_by BIGINT       NOT NULL,
  created_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_stored_file_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_stored_file_owner (tenant_id, owner_kind, owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A submission of work on a milestone; its files are stored_file rows of kind SUBMISSION.
CREATE TABLE submission (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT        NOT NULL,
  contract_id  BIGINT        NOT NULL,
  milestone_id BIGINT        NOT NULL,
  note         VARCHAR(2000) NULL,
  submitted_by BIGINT        NOT NULL,
  created_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_submission_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  CONSTRAINT fk_submission_milestone FOREIGN KEY (milestone_id) REFERENCES milestone (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
