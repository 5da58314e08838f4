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
   * minutes × {@code i} before {@code now} (100 000 reach back about six years), for 200 recipients
   * by name. Every tenth of the newest 100 is a draft; of every 20 of the newest 2 000 (six weeks)
   * one is void, three issued, one partially paid and fifteen paid; older ones are paid but every
   * fiftieth, void. They are due 14 days after their day, so the older open ones are overdue. What
   * was paid is one bank transfer each.
   */
  static void book(Connection db, long tenant, long member, int from, int to, Instant now)
      throws SQLException {
    String status =
        "CASE WHEN s.seq < 100 AND s.seq % 10 = 0 THEN 'DRAFT'"
            + " WHEN s.seq < 2000 AND s.seq % 20 = 1 THEN 'VOID'"
            + " WHEN s.seq < 2000 AND s.seq % 20 IN (2, 3, 4) THEN 'ISSUED'"
            + " WHEN s.seq < 2000 AND s.seq % 20 = 5 THEN 'PARTIALLY_PAID'"
            + " WHEN s.seq >= 2000 AND s.seq % 50 = 1 THEN 'VOID' ELSE 'PAID' END";
    update(
        db,
        "INSERT INTO invoice (tenant_id, issuer_key, issuer_member_id, recipient_name,"
            + " recipient_email, number, status, currency, issued_on, due_on, terms_days, net,"
            + " tax, gross, paid, pending, issued_at, closed_at, created_at, version)"
            + " SELECT ?, ?, ?, CONCAT('Bench client ', b.seq % 200),"
            + " CONCAT('client', b.seq % 200, '@bench.test'),"
            + " IF(b.st = 'DRAFT', NULL, CONCAT('INV-B-', LPAD(b.seq, 6, '0'))), b.st, 'EUR',"
            + " IF(b.st = 'DRAFT', NULL, DATE(b.at)),"
            + " IF(b.st = 'DRAFT', NULL, DATE(b.at) + INTERVAL 14 DAY), 14, b.g, 0, b.g,"
            + " CASE b.st WHEN 'PAID' THEN b.g WHEN 'PARTIALLY_PAID' THEN b.g DIV 2 ELSE 0 END,"
            + " 0, IF(b.st = 'DRAFT', NULL, b.at), IF(b.st IN ('PAID', 'VOID'), b.at, NULL),"
            + " b.at, 0"
            + " FROM (SELECT s.seq, "
            + status
            + " AS st, ? - INTERVAL 30 * s.seq MINUTE AS at, 10000 + (s.seq % 50) * 1000 AS g"
            + " FROM "
            + seq(from, to)
            + ") b",
        tenant,
        "member:" + member,
        member,
        Timestamp.from(now));
    // what was paid, as one bank transfer recorded the day the invoice was paid or issued
    update(
        db,
        "INSERT INTO invoice_payment (tenant_id, invoice_id, recorded_by, method, amount, status,"
            + " idempotency_key, reference, created_at, paid_at, version)"
            + " SELECT i.tenant_id, i.id, ?, 'BANK_TRANSFER', i.paid, 'SUCCEEDED', 'bench', 'SEPA',"
            + " COALESCE(i.closed_at, i.issued_at), COALESCE(i.closed_at, i.issued_at), 0"
            + " FROM invoice i WHERE i.tenant_id = ? AND i.issuer_key = ? AND i.paid > 0",
        member,
        tenant,
        "member:" + member);
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

  /** The member's invoicing details as an issuer with a tax id, so prints carry the e-invoice. */
  static void profile(Connection db, long tenant, long member) throws SQLException {
    update(
        db,
        "INSERT INTO invoice_profile (tenant_id, issuer_key, business_name, address, country_code,"
            + " tax_id, invoice_prefix, payment_terms_days, payment_instructions, reminder_days,"
            + " version) VALUES (?, ?, 'Fay Freelancer Design', 'Hauptstraße 1\n10115 Berlin',"
            + " 'DE', 'DE123456789', 'INV', 14, 'IBAN DE02 1203 0000 0000 2020 51', '-3,1,7,14', 0)",
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
