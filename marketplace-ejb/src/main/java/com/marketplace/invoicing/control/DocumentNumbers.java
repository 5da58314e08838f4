package com.marketplace.invoicing.control;

import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Gapless numbers per issuer, kind of document and year. The next number is taken by raising the
 * series' row in the caller's transaction: the row stays locked until it commits, so concurrent
 * issues by one issuer take their turns, and a transaction that rolls back gives its number back.
 */
@Dependent
public class DocumentNumbers {

  /**
   * Native SQL is off for a persistence unit with tenant-filtered entities: these name the tenant.
   */
  public static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  public static final String INVOICE = "INVOICE";
  public static final String RECEIPT = "RECEIPT";
  public static final String QUOTE = "QUOTE";

  /** A quote's series is the invoice prefix's with this after it: INV-Q-2026-0001. */
  public static final String QUOTE_SUFFIX = "-Q";

  /**
   * Inserts the series' row at 1, or raises it by one and keeps the new number as the session's
   * last insert id, which the server sends back with the statement's result.
   */
  static final String RAISE =
      "INSERT INTO document_series (tenant_id, issuer_key, kind, year, last_number)"
          + " VALUES (?, ?, ?, ?, 1)"
          + " ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)";

  static final String LAST =
      "SELECT last_number FROM document_series"
          + " WHERE tenant_id = ? AND issuer_key = ? AND kind = ? AND year = ?";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantContext tenant;

  /**
   * The next number of the series, e.g. INV-2026-0001: one statement raises the series' row and
   * answers the new number as the statement's generated key (the series' first number is the row it
   * inserts).
   */
  public String next(String issuerKey, String kind, int year, String prefix) {
    long tenantId = tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
    // the connection of the caller's transaction: the row stays locked until it ends
    try (Connection c = dataSource.getConnection();
        PreparedStatement raise = c.prepareStatement(RAISE, Statement.RETURN_GENERATED_KEYS)) {
      bind(raise, tenantId, issuerKey, kind, year);
      int rows = raise.executeUpdate();
      if (rows == 1) {
        return format(prefix, year, 1); // the series began with this document
      }
      try (ResultSet keys = raise.getGeneratedKeys()) {
        if (keys.next() && keys.getLong(1) > 0) {
          return format(prefix, year, Math.toIntExact(keys.getLong(1)));
        }
      }
      return format(prefix, year, last(c, tenantId, issuerKey, kind, year));
    } catch (SQLException e) {
      throw new IllegalStateException("Numbering " + kind + " of " + issuerKey + " failed", e);
    }
  }

  /** The series' number as its row stands (the driver did not hand the raised one back). */
  private static int last(Connection c, long tenantId, String issuerKey, String kind, int year)
      throws SQLException {
    try (PreparedStatement read = c.prepareStatement(LAST)) {
      bind(read, tenantId, issuerKey, kind, year);
      try (ResultSet rs = read.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("Series " + kind + " of " + issuerKey + " is gone");
        }
        return rs.getInt(1);
      }
    }
  }

  private static void bind(
      PreparedStatement ps, long tenantId, String issuerKey, String kind, int year)
      throws SQLException {
    ps.setLong(1, tenantId);
    ps.setString(2, issuerKey);
    ps.setString(3, kind);
    ps.setInt(4, year);
  }

  /**
   * PREFIX-YEAR-NNNN, at least four digits. Put together by hand: a billing run numbers an invoice
   * and a receipt for every subscription, and parsing a format pattern each time cost more than the
   * rest of the numbering.
   */
  public static String format(String prefix, int year, int number) {
    String digits = Integer.toString(number);
    var text = new StringBuilder(prefix.length() + 7 + Math.max(4, digits.length()));
    text.append(prefix).append('-').append(year).append('-');
    for (int i = digits.length(); i < 4; i++) {
      text.append('0');
    }
    return text.append(digits).toString();
  }
}
