package com.marketplace.platform.scan;

import java.util.regex.Pattern;

/**
 * Rows of one table that are due for some work, as {@link DueWork} finds and claims them.
 *
 * @param name what the work is called (logs; one pass of it at a time per instance)
 * @param table the table whose rows are the items; it has {@code id} and {@code tenant_id}
 * @param condition SQL over the table's columns that makes a row due, {@code :now} standing for the
 *     time of the pass; it may use a subquery on another table (a contract is due when one of its
 *     milestones is). Written by the application, never from input.
 * @param order the order to take due rows in (SQL, over the table's columns)
 * @param perTenant whether items run in their workspace's scope (tenant-owned work) or across
 *     workspaces (shared queues of rows that name their own workspace: the outbox, the mail queue)
 * @param batch how many rows of a workspace one round takes
 * @param group how many rows one transaction does (1: each row in a transaction of its own); a
 *     group that fails is done again one row per transaction
 * @param background whether the work gives way to {@linkplain ForegroundWork foreground work}: a
 *     pass does not start, and stops between rows, while foreground work is under way here
 */
public record Due(
    String name,
    String table,
    String condition,
    String order,
    boolean perTenant,
    int batch,
    int group,
    boolean background) {

  static final int BATCH = 100;
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

  public Due {
    if (!IDENTIFIER.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("A batch takes at least one row");
    }
    if (group < 1) {
      throw new IllegalArgumentException("A group takes at least one row");
    }
  }

  /** Each row in a transaction of its own. */
  public Due(
      String name, String table, String condition, String order, boolean perTenant, int batch) {
    this(name, table, condition, order, perTenant, batch, 1, false);
  }

  /** Work on a tenant-owned table: each workspace's due rows in that workspace's scope. */
  public static Due perTenant(String name, String table, String condition) {
    return new Due(name, table, condition, "id", true, BATCH);
  }

  /** Work on a shared queue whose rows name their workspace themselves. */
  public static Due acrossTenants(String name, String table, String condition) {
    return new Due(name, table, condition, "id", false, BATCH);
  }

  public Due orderedBy(String order) {
    return new Due(name, table, condition, order, perTenant, batch, group, background);
  }

  public Due inBatchesOf(int batch) {
    return new Due(name, table, condition, order, perTenant, batch, group, background);
  }

  /**
   * Up to {@code group} rows in one transaction, claimed together; when anything in the group
   * fails, the group rolls back and each of its rows is done again alone.
   */
  public Due inGroupsOf(int group) {
    return new Due(name, table, condition, order, perTenant, batch, group, background);
  }

  /**
   * Work nobody waits for (printing, say), which leaves the processor to foreground work under way
   * in this instance and is done after it.
   */
  public Due inBackground() {
    return new Due(name, table, condition, order, perTenant, batch, group, true);
  }

  /** The workspaces that have due rows: one query, whatever the number of workspaces. */
  String tenantsSql() {
    return "SELECT DISTINCT tenant_id FROM " + table + " WHERE " + due();
  }

  /**
   * The next due rows (of one workspace when per tenant), read without locking them; the last
   * parameter is how many.
   */
  String candidatesSql() {
    return "SELECT id FROM "
        + table
        + " WHERE "
        + (perTenant ? "tenant_id = ? AND " : "")
        + due()
        + " ORDER BY "
        + order
        + " LIMIT ?";
  }

  /** How many rows are due. */
  String countSql() {
    return "SELECT COUNT(*) FROM " + table + " WHERE " + due();
  }

  /**
   * Claims for the transaction those of {@code rows} listed rows (one, or a group's) that are still
   * due and that nobody holds, in one statement: a row another instance works on is skipped rather
   * than waited for, and a row done meanwhile is no longer due. The rows are found by their primary
   * key alone, whatever plan the database would prefer: the statement then touches, and locks, no
   * row but those listed, not even for a moment, so a claim at the same time elsewhere skips only
   * rows that are claimed.
   */
  String claimSql(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("A claim names at least one row");
    }
    return "SELECT id FROM "
        + table
        + " FORCE INDEX (PRIMARY) WHERE id IN ("
        + "?, ".repeat(rows - 1)
        + "?) AND "
        + due()
        + " FOR UPDATE SKIP LOCKED";
  }

  /** How many times the condition uses the pass's time. */
  int timeParameters() {
    return condition.split(":now", -1).length - 1;
  }

  private String due() {
    return "(" + condition.replace(":now", "?") + ")";
  }
}
