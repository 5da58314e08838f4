package com.marketplace.it;

import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
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
    try (var c = dataSource.getConnection();
        var query =
            c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE tenant_id = ? AND action = ?")) {
      query.setLong(1, tenantId);
      query.setString(2, action);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** How many emails whose subject ends with the words went to the address. */
  public int emailsTo(String address, String subjectEnd) throws SQLException {
    try (var c = dataSource.getConnection();
        var query =
            c.prepareStatement(
                "SELECT COUNT(*) FROM email_message WHERE to_address = ? AND subject LIKE ?")) {
      query.setString(1, address);
      query.setString(2, "%" + subjectEnd);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /**
   * How many queued emails to the address keep the text anywhere (in a body, or as the link's
   * secret still waiting to be sent).
   */
  public int emailsKeeping(String address, String text) throws SQLException {
    try (var c = dataSource.getConnection();
        var query =
            c.prepareStatement(
                "SELECT COUNT(*) FROM email_message WHERE to_address = ? AND (link_secret = ?"
                    + " OR text_body LIKE ? OR html_body LIKE ?)")) {
      query.setString(1, address);
      query.setString(2, text);
      query.setString(3, "%" + text + "%");
      query.setString(4, "%" + text + "%");
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** The member a CRM client is linked to, or 0. */
  public long deskClientMember(long clientId) throws SQLException {
    try (var c = dataSource.getConnection();
        var query = c.prepareStatement("SELECT member_id FROM desk_client WHERE id = ?")) {
      query.setLong(1, clientId);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
