package com.marketplace.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Freelancers' desks with long histories, written straight into the test database, for the desk's
 * benchmark. A history is entries 0, 1, 2, ... going back in time from {@code now}: entry {@code i}
 * starts 2 h + 6 h × {@code i} before it and lasts 90 minutes (four a day), on project {@code i /
 * 100} (a project about every 25 days); project {@code p} is for client {@code p / 5}. The three
 * newest projects are in progress, the older ones completed.
 */
final class SeededDesk {

  static final int ENTRIES_PER_PROJECT = 100;
  static final int PROJECTS_PER_CLIENT = 5;
  static final long ENTRY_SECONDS = 5_400;

  private SeededDesk() {}

  /** The workspace's id. */
  static long tenant(Connection db, String slug) throws SQLException {
    try (var ps = db.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
      ps.setString(1, slug);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** {@code count} more freelancers like {@code model} (same password), their ids. */
  static List<Long> freelancers(Connection db, long tenant, long model, int count, Instant now)
      throws SQLException {
    try (var ps =
        db.prepareStatement(
            "INSERT INTO member (tenant_id, email, display_name, password_hash, role, status,"
                + " created_at, version, session_epoch)"
                + " SELECT ?, CONCAT('bench-', s.seq, '@bench.test'), CONCAT('Bench ', s.seq),"
                + " m.password_hash, 'FREELANCER', m.status, ?, 0, 0"
                + " FROM seq_1_to_"
                + count
                + " s JOIN member m ON m.id = ?")) {
      ps.setLong(1, tenant);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setLong(3, model);
      ps.executeUpdate();
    }
    List<Long> ids = new ArrayList<>();
    try (var ps =
        db.prepareStatement(
            "SELECT id FROM member WHERE tenant_id = ? AND email LIKE 'bench-%' ORDER BY id")) {
      ps.setLong(1, tenant);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Entries {@code from} to {@code to} - 1 of the member's history, with their projects. */
  static void history(Connection db, long tenant, long member, int from, int to, Instant now)
      throws SQLException {
    int firstProject = from / ENTRIES_PER_PROJECT;
    int projects = (to + ENTRIES_PER_PROJECT - 1) / ENTRIES_PER_PROJECT;
    int firstClient = (firstProject + PROJECTS_PER_CLIENT - 1) / PROJECTS_PER_CLIENT;
    int clients = (projects + PROJECTS_PER_CLIENT - 1) / PROJECTS_PER_CLIENT;
    if (clients > firstClient) {
      update(
          db,
          "INSERT INTO desk_client (tenant_id, freelancer_id, name, archived, created_at, version)"
              + " SELECT ?, ?, CONCAT('Bench client ', s.seq), FALSE, ?, 0 FROM "
              + seq(firstClient, clients),
          tenant,
          member,
          Timestamp.from(now));
    }
    if (projects > firstProject) {
      update(
          db,
          "INSERT INTO desk_project (tenant_id, freelancer_id, client_id, name, status, rate,"
              + " currency, alerts_sent, created_at, version)"
              + " SELECT ?, ?, c.id, CONCAT('Bench project ', s.seq),"
              + " IF(s.seq < 3, 'IN_PROGRESS', 'COMPLETED'), 5000, 'EUR', 0,"
              + " ? - INTERVAL 25 * s.seq DAY, 0 FROM "
              + seq(firstProject, projects)
              + " JOIN desk_client c ON c.tenant_id = ? AND c.freelancer_id = ?"
              + " AND c.name = CONCAT('Bench client ', s.seq DIV "
              + PROJECTS_PER_CLIENT
              + ")",
          tenant,
          member,
          Timestamp.from(now),
          tenant,
          member);
    }
    update(
        db,
        "INSERT INTO time_entry (tenant_id, member_id, project_id, started_at, ended_at, seconds,"
            + " status, created_at, version)"
            + " SELECT ?, ?, p.id, ? - INTERVAL 120 + 360 * s.seq MINUTE,"
            + " ? - INTERVAL 30 + 360 * s.seq MINUTE, "
            + ENTRY_SECONDS
            + ", 'DRAFT', ?, 0 FROM "
            + seq(from, to)
            + " JOIN desk_project p ON p.tenant_id = ? AND p.freelancer_id = ?"
            + " AND p.name = CONCAT('Bench project ', s.seq DIV "
            + ENTRIES_PER_PROJECT
            + ")",
        tenant,
        member,
        Timestamp.from(now),
        Timestamp.from(now),
        Timestamp.from(now),
        tenant,
        member);
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
