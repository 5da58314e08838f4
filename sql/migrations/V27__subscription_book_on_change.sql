-- A subscription's update touches the workspace's running totals only when one of them changes.
-- Billing a period of an active subscription changes none of them (it stays active, paying the
-- same), yet the trigger of V21 raised the workspace's one subscription_book row by zero for every
-- bill, which locked that row until the bill's transaction committed: a workspace's bills took
-- their turns on it, and the database did the write for nothing.
DROP TRIGGER subscription_book_update;

CREATE TRIGGER subscription_book_update AFTER UPDATE ON subscription FOR EACH ROW
  INSERT INTO subscription_book (tenant_id, mrr_twelfths, trialing, past_due)
  SELECT NEW.tenant_id, d.mrr_change, d.trialing_change, d.past_due_change
  FROM (SELECT
          IF(NEW.periods_billed > 0 AND NEW.status IN ('ACTIVE', 'PAST_DUE'), NEW.mrr_twelfths, 0)
            - IF(OLD.periods_billed > 0 AND OLD.status IN ('ACTIVE', 'PAST_DUE'), OLD.mrr_twelfths, 0)
            AS mrr_change,
          (NEW.status = 'TRIALING') - (OLD.status = 'TRIALING') AS trialing_change,
          (NEW.status = 'PAST_DUE') - (OLD.status = 'PAST_DUE') AS past_due_change) d
  WHERE d.mrr_change <> 0 OR d.trialing_change <> 0 OR d.past_due_change <> 0
  ON DUPLICATE KEY UPDATE mrr_twelfths = mrr_twelfths + VALUES(mrr_twelfths),
    trialing = trialing + VALUES(trialing), past_due = past_due + VALUES(past_due);
