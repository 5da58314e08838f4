-- Hourly contracts paid through weekly escrow (H4). A contract hired on an hourly job carries the
-- proposed rate (minor units of the contract's currency per hour) and the weekly cap of hours the
-- client set; a contract without them is paid by milestones. paused: the client's wallet could not
-- cover the escrow of the current week, so no time can be tracked until it does.
ALTER TABLE contract
  ADD COLUMN hourly_rate      BIGINT  NULL,
  ADD COLUMN weekly_cap_hours INT     NULL,
  ADD COLUMN paused           BOOLEAN NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT ck_contract_hourly CHECK ((hourly_rate IS NULL) = (weekly_cap_hours IS NULL));

-- One week of an hourly contract: [Monday 00:00, next Monday) in UTC (workspaces have no time zone
-- yet). week_start names it (and its ledger keys); starts_at and ends_at are the same week as
-- instants, for comparing with other timestamps (time entries, the scan's time). A week is
-- UNFUNDED while its hold could not be taken (retried from retry_at on), FUNDED once cap x rate is
-- held, CLOSED when it is over and decided: what was not released went back to the client.
-- Amounts are minor units of the contract's currency; released is gross (before the fee).
CREATE TABLE contract_week (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id        BIGINT       NOT NULL,
  contract_id      BIGINT       NOT NULL,
  week_start       DATE         NOT NULL,
  starts_at        TIMESTAMP(6) NOT NULL,
  ends_at          TIMESTAMP(6) NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  hold_id          BIGINT       NULL,
  held             BIGINT       NOT NULL DEFAULT 0,
  approved_seconds BIGINT       NOT NULL DEFAULT 0,
  released         BIGINT       NOT NULL DEFAULT 0,
  refunded         BIGINT       NOT NULL DEFAULT 0,
  retry_at         TIMESTAMP(6) NULL,
  closed_at        TIMESTAMP(6) NULL,
  created_at       TIMESTAMP(6) NOT NULL,
  version          BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_contract_week UNIQUE (contract_id, week_start),
  CONSTRAINT fk_contract_week_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT fk_contract_week_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
  CONSTRAINT fk_contract_week_hold FOREIGN KEY (hold_id) REFERENCES ledger_hold (id),
  INDEX ix_contract_week_open (tenant_id, status, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
