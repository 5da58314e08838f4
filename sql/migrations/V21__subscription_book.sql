-- The subscription business's figures kept as they change, so that reading them costs the same
-- with a hundred subscriptions or a hundred thousand (GET /api/v1/metrics): the database keeps
-- them in the same statement that changes a subscription, a customer or a bill.
--
-- A subscription pays once billed and while active or past due; it then adds its price per month
-- (in twelfths: a yearly price counts once, a monthly one twelve times; written by the
-- application with each price change) to the workspace's MRR. A customer is a subscriber while
-- one of their subscriptions pays; becoming one counts as gained in the month the paying
-- subscription's periods began (its anchor), ceasing to be one as lost in the month of the
-- cancellation. Revenue is a paid bill's amount, in the month it was paid.
ALTER TABLE subscription ADD COLUMN mrr_twelfths BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customer ADD COLUMN paying INT NOT NULL DEFAULT 0;
ALTER TABLE customer ADD COLUMN paying_changed_on DATE NULL;

CREATE TABLE subscription_book (
  tenant_id    BIGINT NOT NULL,
  mrr_twelfths BIGINT NOT NULL DEFAULT 0,
  subscribers  BIGINT NOT NULL DEFAULT 0,
  trialing     BIGINT NOT NULL DEFAULT 0,
  past_due     BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id),
  CONSTRAINT fk_subscription_book_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB;

CREATE TABLE subscription_month (
  tenant_id BIGINT NOT NULL,
  month     DATE   NOT NULL,
  gained    BIGINT NOT NULL DEFAULT 0,
  lost      BIGINT NOT NULL DEFAULT 0,
  revenue   BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month),
  CONSTRAINT fk_subscription_month_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB;

CREATE TRIGGER subscription_book_insert AFTER INSERT ON subscription FOR EACH ROW
  INSERT INTO subscription_book (tenant_id, mrr_twelfths, trialing, past_due)
  VALUES (NEW.tenant_id,
          IF(NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE'), NEW.mrr_twelfths, 0),
          NEW.status = 'TRIALING', NEW.status = 'PAST_DUE')
  ON DUPLICATE KEY UPDATE mrr_twelfths = mrr_twelfths + VALUES(mrr_twelfths),
    trialing = trialing + VALUES(trialing), past_due = past_due + VALUES(past_due);

CREATE TRIGGER subscription_book_update AFTER UPDATE ON subscription FOR EACH ROW
  INSERT INTO subscription_book (tenant_id, mrr_twelfths, trialing, past_due)
  VALUES (NEW.tenant_id,
          IF(NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE'), NEW.mrr_twelfths, 0)
            - IF(OLD.periods_billed > 0 AND OLD.status IN ('ACTIVE', 'PAST_DUE'), OLD.mrr_twelfths, 0),
          (NEW.status = 'TRIALING') - (OLD.status = 'TRIALING'),
          (NEW.status = 'PAST_DUE') - (OLD.status = 'PAST_DUE'))
  ON DUPLICATE KEY UPDATE mrr_twelfths = mrr_twelfths + VALUES(mrr_twelfths),
    trialing = trialing + VALUES(trialing), past_due = past_due + VALUES(past_due);

CREATE TRIGGER subscription_customer_insert AFTER INSERT ON subscription FOR EACH ROW
  UPDATE customer SET paying = paying + 1, paying_changed_on = NEW.anchor_on
  WHERE id = NEW.customer_id AND NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE');

CREATE TRIGGER subscription_customer_update AFTER UPDATE ON subscription FOR EACH ROW
  UPDATE customer
  SET paying = paying
        + (NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE'))
        - (OLD.periods_billed > 0 AND OLD.status IN ('ACTIVE', 'PAST_DUE')),
      paying_changed_on = IF(NEW.status = 'CANCELLED', NEW.cancelled_on, NEW.anchor_on)
  WHERE id = NEW.customer_id
    AND (NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE'))
      <> (OLD.periods_billed > 0 AND OLD.status IN ('ACTIVE', 'PAST_DUE'));

CREATE TRIGGER customer_book_update AFTER UPDATE ON customer FOR EACH ROW
  INSERT INTO subscription_book (tenant_id, subscribers)
  SELECT NEW.tenant_id, (NEW.paying > 0) - (OLD.paying > 0) FROM DUAL
  WHERE (NEW.paying > 0) <> (OLD.paying > 0)
  ON DUPLICATE KEY UPDATE subscribers = subscribers + VALUES(subscribers);

CREATE TRIGGER customer_month_update AFTER UPDATE ON customer FOR EACH ROW
  INSERT INTO subscription_month (tenant_id, month, gained, lost)
  SELECT NEW.tenant_id, DATE_FORMAT(NEW.paying_changed_on, '%Y-%m-01'),
         OLD.paying = 0 AND NEW.paying > 0, OLD.paying > 0 AND NEW.paying = 0 FROM DUAL
  WHERE (NEW.paying > 0) <> (OLD.paying > 0)
  ON DUPLICATE KEY UPDATE gained = gained + VALUES(gained), lost = lost + VALUES(lost);

CREATE TRIGGER subscription_bill_revenue_insert AFTER INSERT ON subscription_bill FOR EACH ROW
  INSERT INTO subscription_month (tenant_id, month, revenue)
  SELECT NEW.tenant_id, DATE_FORMAT(NEW.paid_at, '%Y-%m-01'), NEW.amount FROM DUAL
  WHERE NEW.status = 'PAID'
  ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue);

CREATE TRIGGER subscription_bill_revenue_update AFTER UPDATE ON subscription_bill FOR EACH ROW
  INSERT INTO subscription_month (tenant_id, month, revenue)
  SELECT NEW.tenant_id, DATE_FORMAT(NEW.paid_at, '%Y-%m-01'), NEW.amount FROM DUAL
  WHERE NEW.status = 'PAID' AND OLD.status <> 'PAID'
  ON DUPLICATE KEY UPDATE revenue = revenue + VALUES(revenue);
