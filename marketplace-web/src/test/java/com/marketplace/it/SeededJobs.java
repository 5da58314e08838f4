package com.marketplace.it;

import com.marketplace.devstack.EmbeddedDatabase;
import com.marketplace.devstack.IntegrationStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Many open jobs at once, written straight into the test database, for board tests at scale. */
final class SeededJobs {

  private SeededJobs() {}

  /** The test database, as the build started it. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"), EmbeddedDatabase.USER, IntegrationStack.DB_PASSWORD);
  }

  /**
   * Adds open jobs {@code from}..{@code to}-1 to a workspace in one statement over MariaDB's
   * sequence table: twenty kinds of work for ten kinds of business, seven categories, both types,
   * budgets from 10 to 5 000, four skill sets, one a minute back in time.
   */
  static void add(Connection db, String slug, int from, int to) throws SQLException {
    long tenant;
    long client;
    String currency;
    try (var ps =
        db.prepareStatement(
            "SELECT t.id, m.id, t.currency FROM tenant t JOIN member m ON m.tenant_id = t.id"
                + " WHERE t.slug = ? AND m.role = 'OWNER'")) {
      ps.setString(1, slug);
      try (var rs = ps.executeQuery()) {
        rs.next();
        tenant = rs.getLong(1);
        client = rs.getLong(2);
        currency = rs.getString(3);
      }
    }
    try (var ps =
        db.prepareStatement(
            "INSERT INTO job (tenant_id, client_id, title, description, category, skills, kind,"
                + " budget, currency, status, created_at, version)"
                + " SELECT ?, ?,"
                + " CONCAT(ELT(1 + seq % 20, 'Website', 'Mobile app', 'Data pipeline', 'Brand"
                + " refresh', 'Landing page', 'Logo', 'Newsletter', 'SEO audit', 'Shopify store',"
                + " 'Dashboard', 'Chatbot', 'Podcast edit', 'Product photos', 'Pitch deck', 'Blog"
                + " posts', 'Email campaign', 'API integration', 'Test automation', 'Video ad',"
                + " 'Translation'), ' for ', ELT(1 + (seq DIV 20) % 10, 'a bakery', 'a dental"
                + " clinic', 'a law firm', 'a gym', 'a bookshop', 'a hotel', 'a charity', 'a"
                + " brewery', 'a school', 'an architect')),"
                + " CONCAT('Looking for help with ', ELT(1 + (seq DIV 7) % 10, 'the first"
                + " release', 'a relaunch', 'our spring season', 'a trade fair', 'an investor"
                + " round', 'the holiday sales', 'a new market', 'an accessibility review',"
                + " 'a migration', 'a product launch'), IF(seq % 100 = 3, ' on our kubernetes"
                + " cluster', ''), '. The budget is firm and the work starts as soon as we"
                + " agree on milestones.'),"
                + " ELT(1 + seq % 7, 'DEVELOPMENT', 'DESIGN', 'WRITING', 'MARKETING', 'DATA',"
                + " 'SUPPORT', 'OTHER'),"
                + " ELT(1 + seq % 4, ',java,sql,', ',react,typescript,', ',python,etl,',"
                + " ',figma,branding,'),"
                + " IF(seq % 3 = 0, 'HOURLY', 'FIXED'),"
                + " 1000 + (seq * 7919) % 500000, ?, 'OPEN',"
                + " TIMESTAMPADD(MINUTE, -seq, TIMESTAMP '2026-01-01 00:00:00'), 1"
                + " FROM seq_"
                + from
                + "_to_"
                + (to - 1))) {
      ps.setLong(1, tenant);
      ps.setLong(2, client);
      ps.setString(3, currency);
      ps.executeUpdate();
    }
  }
}
