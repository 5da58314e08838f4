package com.marketplace.desk.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Sums of the time tracked, added up by the database (finished entries only: a running timer has no
 * seconds yet). Entries written earlier in the same transaction count, since the query flushes them
 * first.
 */
@Dependent
public class TrackedTime {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /** Seconds tracked on a project. */
  public long onProject(long projectId) {
    Long seconds =
        em.createQuery(
                "SELECT SUM(t.seconds) FROM TimeEntry t WHERE t.projectId = :project", Long.class)
            .setParameter("project", projectId)
            .getSingleResult();
    return seconds == null ? 0 : seconds;
  }

  /**
   * Seconds tracked on a project by the entries that start in [{@code from}, {@code until}), but
   * the one excepted (null: none).
   */
  public long onProjectBetween(long projectId, Instant from, Instant until, Long except) {
    var query =
        em.createQuery(
                "SELECT SUM(t.seconds) FROM TimeEntry t WHERE t.projectId = :project"
                    + " AND t.startedAt >= :from AND t.startedAt < :until"
                    + (except == null ? "" : " AND t.id <> :except"),
                Long.class)
            .setParameter("project", projectId)
            .setParameter("from", from)
            .setParameter("until", until);
    if (except != null) {
      query.setParameter("except", except);
    }
    Long seconds = query.getSingleResult();
    return seconds == null ? 0 : seconds;
  }

  /** Seconds tracked on each of the projects; those without time are missing. */
  public Map<Long, Long> onProjects(Collection<Long> projectIds) {
    Map<Long, Long> seconds = new HashMap<>();
    if (!projectIds.isEmpty()) {
      em.createQuery(
              "SELECT t.projectId, SUM(t.seconds) FROM TimeEntry t WHERE t.projectId IN :ids"
                  + " GROUP BY t.projectId",
              Object[].class)
          .setParameter("ids", projectIds)
          .getResultList()
          .forEach(r -> seconds.put((Long) r[0], r[1] == null ? 0L : ((Number) r[1]).longValue()));
    }
    return seconds;
  }

  /** Seconds tracked on all projects of a client. */
  public long forClient(long clientId) {
    Long seconds =
        em.createQuery(
                "SELECT SUM(t.seconds) FROM TimeEntry t, Project p"
                    + " WHERE t.projectId = p.id AND p.clientId = :client",
                Long.class)
            .setParameter("client", clientId)
            .getSingleResult();
    return seconds == null ? 0 : seconds;
  }

  /** How many entries, running or finished, a project has. */
  public long entriesOnProject(long projectId) {
    return em.createQuery(
            "SELECT COUNT(t) FROM TimeEntry t WHERE t.projectId = :project", Long.class)
        .setParameter("project", projectId)
        .getSingleResult();
  }

  /** How many entries on a client's projects are on an invoice. */
  public long invoicedForClient(long clientId) {
    return em.createQuery(
            "SELECT COUNT(t) FROM TimeEntry t, Project p"
                + " WHERE t.projectId = p.id AND p.clientId = :client AND t.invoiceId IS NOT NULL",
            Long.class)
        .setParameter("client", clientId)
        .getSingleResult();
  }
}
