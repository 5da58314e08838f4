package com.marketplace.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Invoices written straight into the test database, for the invoicing benchmark: an issuer's book
 * of many years, and drafts waiting to be issued. Each is one {@code INSERT ... SELECT} over
 * MariaDB's sequence tables, so 100 000 invoices take seconds.
 */
final class SeededInvoices {

  /** Net of each line of a seeded draft: one hour at EUR 100.00. */
  static final long LINE_NET = 10_000;

  /** Tax of each such line at 19 %. */
  static final long LINE_TAX = 1_900;

  private SeededInvoices() {}

  /**
   * Invoices {@code from} to {@code to} - 1 of the member's book, invoice {@code i} written 30
   * minutes × {@code i} before {@code now} (100 000 reach back about six years). Of every 20: one
   * draft, one void, two issued, one partially paid and fifteen paid; issued ones are due 14 days
   * after their day, so the older unpaid ones are overdue; for 200 recipients by name.
   */
  static void book(Connection db, long tenant, long member, int from, int to, Instant now)
      throws SQLException {
    String status =
        "CASE s.seq % 20 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'VOID' WHEN 2 THEN 'ISSUED'"
            + " WHEN 3 THEN 'ISSUED' WHEN 4 THEN 'PARTIALLY_PAID' ELSE 'PAID' END";
    String created = "? - INTERVAL 30 * s.seq MINUTE";
    String gross = "(10000 + (s.seq % 50) * 1000)";
    update(
        db,
        "INSERT INTO invoice (tenant_id, issuer_key, issuer_member_id, recipient_name,"
            + " recipient_email, number, status, currency, issued_on, due_on, terms_days, net,"
            + " tax, gross, paid, pending, issued_at, closed_at, created_at, version)"
            + " SELECT ?, ?, ?, CONCAT('Bench client ', s.seq % 200),"
            + " CONCAT('client', s.seq % 200, '@bench.test'),"
            + " IF(s.seq % 20 = 0, NULL, CONCAT('INV-B-', LPAD(s.seq, 6, '0'))),"
            + status
            + ", 'EUR', IF(s.seq % 20 = 0, NULL, DATE("
            + created
            + ")), IF(s.seq % 20 = 0, NULL, DATE("
            + created
            + ") + INTERVAL 14 DAY), 14, "
            + gross
            + ", 0, "
            + gross
            + ", CASE WHEN s.seq % 20 >= 5 THEN "
            + gross
            + " WHEN s.seq % 20 = 4 THEN "
            + gross
            + " DIV 2 ELSE 0 END, 0, IF(s.seq % 20 = 0, NULL, "
            + created
            + "), IF(s.seq % 20 = 1 OR s.seq % 20 >= 5, "
            + created
            + ", NULL), "
            + created
            + ", 0 FROM "
            + seq(from, to),
        tenant,
        "member:" + member,
        member,
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now));
  }

  /**
   * {@code count} drafts of the member for a client without an account, each with {@code lines}
   * lines of one hour at EUR 100.00 and 19 % VAT, ready to be issued.
   */
  static void drafts(Connection db, long tenant, long member, int count, int lines, Instant now)
      throws SQLException {
    update(
        db,
        "INSERT INTO invoice (tenant_id, issuer_key, issuer_member_id, recipient_name,"
            + " recipient_email, recipient_address, recipient_country, status, currency,"
            + " terms_days, net, tax, gross, created_at, version)"
            + " SELECT ?, ?, ?, CONCAT('Bench client ', s.seq), CONCAT('client', s.seq,"
            + " '@bench.test'), 'Hauptstraße 1\\n10115 Berlin', 'DE', 'DRAFT', 'EUR', 14, ?, ?, ?,"
            + " ? - INTERVAL s.seq SECOND, 0 FROM "
            + seq(0, count),
        tenant,
        "member:" + member,
        member,
        lines * LINE_NET,
        lines * LINE_TAX,
        lines * (LINE_NET + LINE_TAX),
        Timestamp.from(now));
    update(
        db,
        "INSERT INTO invoice_line (tenant_id, invoice_id, position, description, quantity, unit,"
            + " unit_price, discount, net, tax_rate, tax_category, tax, prepaid)"
            + " SELECT ?, i.id, l.seq, CONCAT('Design work, part ', l.seq + 1), 1.000, 'HUR', ?,"
            + " 0.00, ?, 19.00, 'STANDARD', ?, FALSE FROM invoice i JOIN "
            + seq(0, lines).replace(" s", " l")
            + " WHERE i.tenant_id = ? AND i.issuer_key = ? AND i.status = 'DRAFT'",
        tenant,
        LINE_NET,
        LINE_NET,
        LINE_TAX,
        tenant,
        "member:" + member);
  }

  /** MariaDB's sequence of {@code from} to {@code to} - 1. */
  private static String seq(int from, int to) {
    return "seq_" + from + "_to_" + (to - 1) + " s";
  }

  private static void update(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }
}
