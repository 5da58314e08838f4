package com.marketplace.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** A workspace's subscriptions written by SQL, for benchmarks: card customers on one plan. */
final class SeededSubscriptions {

  static final int BATCH = 1_000;

  private SeededSubscriptions() {}

  /** A monthly plan of 29.00; its id. */
  static long plan(Connection db, long tenant, Instant now) throws SQLException {
    try (var ps =
        db.prepareStatement(
            "INSERT INTO plan (tenant_id, name, price, currency, billing_interval, trial_days,"
                + " active, created_at, version) VALUES (?, 'Studio', 2900, 'EUR', 'MONTHLY', 0,"
                + " TRUE, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, tenant);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * {@code count} card customers, each subscribed to the plan since {@code anchor}: due on {@code
   * nextBillOn} (billed {@code periodsBilled} periods before it).
   */
  static void subscriptions(
      Connection db,
      long tenant,
      long plan,
      int count,
      LocalDate anchor,
      int periodsBilled,
      LocalDate nextBillOn,
      Instant now)
      throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try (PreparedStatement customer =
            db.prepareStatement(
                "INSERT INTO customer (tenant_id, name, email, country_code, card_token,"
                    + " card_last4, created_at, version) VALUES (?, ?, ?, 'DE',"
                    + " '4242424242424242', '4242', ?, 1)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement subscription =
            db.prepareStatement(
                "INSERT INTO subscription (tenant_id, customer_id, plan_id, status, started_on,"
                    + " anchor_on, period_start, period_end, period_price, periods_billed,"
                    + " next_bill_on, cancel_at_period_end, failed_attempts, credit, mrr_twelfths,"
                    + " created_at, version) VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, FALSE,"
                    + " 0, 0, 34800, ?, 1)")) {
      Timestamp at = Timestamp.from(now);
      for (int from = 0; from < count; from += BATCH) {
        int to = Math.min(count, from + BATCH);
        for (int i = from; i < to; i++) {
          customer.setLong(1, tenant);
          customer.setString(2, "Customer " + i);
          customer.setString(3, "customer" + i + "@seeded.test");
          customer.setTimestamp(4, at);
          customer.addBatch();
        }
        customer.executeBatch();
        try (var keys = customer.getGeneratedKeys()) {
          while (keys.next()) {
            subscription.setLong(1, tenant);
            subscription.setLong(2, keys.getLong(1));
            subscription.setLong(3, plan);
            subscription.setObject(4, anchor);
            subscription.setObject(5, anchor);
            LocalDate start = anchor.plusMonths(Math.max(0, periodsBilled - 1));
            subscription.setObject(6, start);
            subscription.setObject(7, start.plusMonths(1));
            subscription.setLong(8, periodsBilled == 0 ? 0 : 2900);
            subscription.setInt(9, periodsBilled);
            subscription.setObject(10, nextBillOn);
            subscription.setTimestamp(11, at);
            subscription.addBatch();
          }
        }
        subscription.executeBatch();
        db.commit();
      }
    } finally {
      db.setAutoCommit(auto);
    }
  }
}
