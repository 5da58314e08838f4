package com.marketplace.it;

import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import com.marketplace.notifications.entity.EmailMessage;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Test data for account links: accounts without a password, and links whose time has run out. */
@Stateless
public class AccountFixtures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** A portal account as the portal makes them: no password yet, its address not confirmed. */
  public long accountWithoutPassword(long tenantId, String email, String name) {
    TenantFilter.scopeTo(em, tenantId);
    var member = Member.withoutPassword(email, name, Role.PORTAL, Instant.now());
    em.persist(member);
    em.flush();
    return member.getId();
  }

  /** The member's unused links expire now, as if their lifetime had passed. */
  public void expireLinksOf(long tenantId, String email) throws SQLException {
    try (var c = dataSource.getConnection();
        var update =
            c.prepareStatement(
                "UPDATE account_token t JOIN member m ON m.id = t.member_id"
                    + " SET t.expires_at = t.created_at WHERE t.tenant_id = ? AND m.tenant_id = ?"
                    + " AND m.email = ? AND t.used_at IS NULL")) {
      update.setLong(1, tenantId);
      update.setLong(2, tenantId);
      update.setString(3, email);
      update.executeUpdate();
    }
  }

  /** How many audit events of the action the workspace's log holds. */
  public int audited(long tenantId, String action) throws SQLException {
    return first(
            "SELECT COUNT(*) FROM audit_event WHERE tenant_id = ? AND action = ?", tenantId, action)
        .intValue();
  }

  /**
   * Queues {@code others} emails without a link to the address, then one account email with a
   * link's secret, all due at {@code due}, as the notifier writes them; answers the account email's
   * id.
   */
  public long queueBehind(long tenantId, String address, int others, Instant due)
      throws SQLException {
    try (var c = dataSource.getConnection();
        var insert =
            c.prepareStatement(
                "INSERT INTO email_message (tenant_id, recipient_id, event_id, to_address,"
                    + " subject, text_body, html_body, status, attempts, next_attempt_at,"
                    + " created_at, version, link_secret)"
                    + " VALUES (?, NULL, UUID(), ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0, ?)")) {
      var at = java.sql.Timestamp.from(due);
      for (int i = 0; i <= others; i++) {
        boolean account = i == others;
        String body = account ? "Open /reset?token=" + EmailMessage.SECRET : "Invoice " + i;
        insert.setLong(1, tenantId);
        insert.setString(2, address);
        insert.setString(3, account ? "Choose a new password" : "Your invoice " + i);
        insert.setString(4, body);
        insert.setString(5, "<p>" + body + "</p>");
        insert.setTimestamp(6, at);
        insert.setTimestamp(7, java.sql.Timestamp.from(Instant.now()));
        insert.setString(8, account ? "A".repeat(43) : null);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return first(
        "SELECT id FROM email_message WHERE to_address = ? AND link_secret IS NOT NULL", address);
  }

  /**
   * How many other emails to the address were sent before {@code email}; null while it is not sent.
   */
  public Long sentBefore(String address, long email) throws SQLException {
    return first(
        "SELECT COUNT(o.id) FROM email_message e LEFT JOIN email_message o"
            + " ON o.to_address = e.to_address AND o.id <> e.id AND o.sent_at < e.sent_at"
            + " WHERE e.id = ? AND e.to_address = ? AND e.status = 'SENT' GROUP BY e.id",
        email,
        address);
  }

  /** How many emails whose subject ends with the words went to the address. */
  public int emailsTo(String address, String subjectEnd) throws SQLException {
    return first(
            "SELECT COUNT(*) FROM email_message WHERE to_address = ? AND subject LIKE ?",
            address,
            "%" + subjectEnd)
        .intValue();
  }

  /**
   * How many queued emails to the address keep the text anywhere (in a body, or as the link's
   * secret still waiting to be sent).
   */
  public int emailsKeeping(String address, String text) throws SQLException {
    return first(
            "SELECT COUNT(*) FROM email_message WHERE to_address = ? AND (link_secret = ?"
                + " OR text_body LIKE ? OR html_body LIKE ?)",
            address,
            text,
            "%" + text + "%",
            "%" + text + "%")
        .intValue();
  }

  /** The member a CRM client is linked to, or 0. */
  public long deskClientMember(long clientId) throws SQLException {
    Long member = first("SELECT member_id FROM desk_client WHERE id = ?", clientId);
    return member == null ? 0 : member;
  }

  /** The first column of the query's first row (null when it has no row, or the value is). */
  private Long first(String sql, Object... parameters) throws SQLException {
    try (var c = dataSource.getConnection();
        var query = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (var rows = query.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        long value = rows.getLong(1);
        return rows.wasNull() ? null : value;
      }
    }
  }
}
