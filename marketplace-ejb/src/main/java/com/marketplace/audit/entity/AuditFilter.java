package com.marketplace.audit.entity;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The owner's question to the audit log: who (part of the actor's email or name, matched
 * literally), what (one action) and when (from and to, whole days in UTC, both included). Every
 * part is optional; {@code upToId} bounds the events to those recorded up to one of them. It writes
 * its own JPQL, newest first; the tenant is added by the persistence unit's multitenancy.
 */
public record AuditFilter(
    String who, AuditAction action, LocalDate from, LocalDate to, Long upToId) {

  public static final int WHO_MAX = 100;

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

  public AuditFilter(String who, AuditAction action, LocalDate from, LocalDate to) {
    this(who, action, from, to, null);
  }

  /**
   * The same question about the events up to this one only: an export reading page by page is not
   * shifted by events recorded meanwhile.
   */
  public AuditFilter upTo(long lastId) {
    return new AuditFilter(who, action, from, to, lastId);
  }

  public AuditFilter {
    who = Texts.optional(who, "who", WHO_MAX);
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException("The end date may not be before the start date.");
    }
  }

  /** The query selecting {@code select} (e.g. {@code e} or {@code COUNT(e)}) of matching events. */
  public String jpql(String select, boolean ordered) {
    StringBuilder q = new StringBuilder("SELECT ").append(select).append(" FROM AuditEvent e");
    String joiner = " WHERE ";
    for (String condition : conditions().keySet()) {
      q.append(joiner).append(condition);
      joiner = " AND ";
    }
    if (ordered) {
      q.append(" ORDER BY e.occurredAt DESC, e.id DESC");
    }
    return q.toString();
  }

  /** The query's parameters by name, matching {@link #jpql}. */
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions().values().forEach(p -> parameters.put(p.name(), p.value()));
    return parameters;
  }

  private record Parameter(String name, Object value) {}

  private Map<String, Parameter> conditions() {
    Map<String, Parameter> c = new LinkedHashMap<>();
    if (who != null) {
      c.put(
          "(LOWER(e.actorEmail) LIKE :who ESCAPE '!' OR LOWER(e.actorName) LIKE :who ESCAPE '!')",
          new Parameter("who", Texts.containing(who)));
    }
    if (action != null) {
      c.put("e.action = :action", new Parameter("action", action));
    }
    if (from != null) {
      c.put("e.occurredAt >= :from", new Parameter("from", startOf(from)));
    }
    if (to != null) {
      c.put("e.occurredAt < :to", new Parameter("to", startOf(to.plusDays(1))));
    }
    if (upToId != null) {
      c.put("e.id <= :upToId", new Parameter("upToId", upToId));
    }
    return c;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
