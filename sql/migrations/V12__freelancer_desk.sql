-- The freelancer's desk: each freelancer's own book of clients (H1), their projects (H2) and the
-- time they track on them (H3). A CRM client may be linked to a client member of the workspace.

CREATE TABLE desk_client (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id     BIGINT        NOT NULL,
  freelancer_id BIGINT        NOT NULL,
  name          VARCHAR(120)  NOT NULL,
  email         VARCHAR(254)  NULL,
  phone         VARCHAR(40)   NULL,
  company       VARCHAR(120)  NULL,
  notes         VARCHAR(4000) NULL,
  member_id     BIGINT        NULL,
  archived      BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMP(6)  NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_desk_client_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_desk_client_freelancer FOREIGN KEY (freelancer_id) REFERENCES member (id),
  CONSTRAINT fk_desk_client_member FOREIGN KEY (member_id) REFERENCES member (id),
  INDEX ix_desk_client_book (tenant_id, freelancer_id, archived, name),
  INDEX ix_desk_client_company (tenant_id, freelancer_id, company)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE desk_project (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT        NOT NULL,
  freelancer_id  BIGINT        NOT NULL,
  client_id      BIGINT        NOT NULL,
  name           VARCHAR(120)  NOT NULL,
  description    VARCHAR(4000) NULL,
  status         VARCHAR(12)   NOT NULL,
  rate           BIGINT        NOT NULL,
  currency       CHAR(3)       NOT NULL,
  budget_minutes BIGINT        NULL,
  budget_amount  BIGINT        NULL,
  alerts_sent    INT           NOT NULL DEFAULT 0,
  deadline       DATE          NULL,
  contract_id    BIGINT        NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_desk_project_contract UNIQUE (tenant_id, contract_id),
  CONSTRAINT fk_desk_project_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_desk_project_freelancer FOREIGN KEY (freelancer_id) REFERENCES member (id),
  CONSTRAINT fk_desk_project_client FOREIGN KEY (client_id) REFERENCES desk_client (id),
  INDEX ix_desk_project_list (tenant_id, freelancer_id, status, deadline),
  INDEX ix_desk_project_client (tenant_id, client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a project (status, rate, budget...): who, when, before and after.
CREATE TABLE desk_project_change (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  project_id   BIGINT       NOT NULL,
  member_id    BIGINT       NOT NULL,
  changed_at   TIMESTAMP(6) NOT NULL,
  field        VARCHAR(40)  NOT NULL,
  before_value VARCHAR(4000) NULL,
  after_value  VARCHAR(4000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_project_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_project_change_project FOREIGN KEY (project_id) REFERENCES desk_project (id),
  INDEX ix_project_change (tenant_id, project_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tracked time. A running timer is an entry without an end; running_member is the member while it
-- runs and NULL once it stops, so the unique key allows one running timer per member, whatever
-- tabs, devices or concurrent requests try.
CREATE TABLE time_entry (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id      BIGINT        NOT NULL,
  member_id      BIGINT        NOT NULL,
  project_id     BIGINT        NOT NULL,
  started_at     TIMESTAMP(6)  NOT NULL,
  ended_at       TIMESTAMP(6)  NULL,
  seconds        BIGINT        NULL,
  note           VARCHAR(1000) NULL,
  status         VARCHAR(10)   NOT NULL,
  comment        VARCHAR(1000) NULL,
  invoice_id     BIGINT        NULL,
  created_at     TIMESTAMP(6)  NOT NULL,
  version        BIGINT        NOT NULL,
  running_member BIGINT AS (CASE WHEN ended_at IS NULL THEN member_id END) STORED,
  PRIMARY KEY (id),
  CONSTRAINT uq_time_entry_running UNIQUE (tenant_id, running_member),
  CONSTRAINT fk_time_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_time_entry_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_time_entry_project FOREIGN KEY (project_id) REFERENCES desk_project (id),
  INDEX ix_time_entry_member (tenant_id, member_id, started_at),
  INDEX ix_time_entry_project (tenant_id, project_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of an entry while it may still change (edit, delete): who, when, before and after.
CREATE TABLE time_entry_change (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT        NOT NULL,
  entry_id     BIGINT        NOT NULL,
  member_id    BIGINT        NOT NULL,
  changed_at   TIMESTAMP(6)  NOT NULL,
  action       VARCHAR(12)   NOT NULL,
  before_value VARCHAR(2000) NULL,
  after_value  VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_entry_change_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  INDEX ix_entry_change (tenant_id, entry_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
