package com.marketplace.desk.control;

import com.marketplace.desk.entity.DashboardPeriod;
import com.marketplace.desk.entity.DayHours;
import com.marketplace.desk.entity.ProjectHours;
import com.marketplace.desk.entity.ProjectStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts and sums of a freelancer's dashboard, each one aggregate query read from an index of
 * the freelancer's own rows, however large the workspace and the freelancer's history grow.
 */
@Dependent
public class DeskTotals {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /** Clients in the freelancer's book, archived ones left out. */
  public long clients(long freelancerId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM DeskClient c WHERE c.freelancerId = :me AND c.archived = FALSE",
            Long.class)
        .setParameter("me", freelancerId)
        .getSingleResult();
  }

  public long projects(long freelancerId, ProjectStatus status) {
    return em.createQuery(
            "SELECT COUNT(p) FROM Project p WHERE p.freelancerId = :me AND p.status = :status",
            Long.class)
        .setParameter("me", freelancerId)
        .setParameter("status", status)
        .getSingleResult();
  }

  /** Seconds this month, then seconds on each day of this week, in one pass over the entries. */
  public Tracked tracked(long memberId, DashboardPeriod period) {
    List<LocalDate> days = period.days();
    var jpql = new StringBuilder("SELECT ").append(sumBetween("m0", "m1"));
    for (int i = 0; i < days.size(); i++) {
      jpql.append(", ").append(sumBetween("d" + i, "d" + (i + 1)));
    }
    jpql.append(
        " FROM TimeEntry e WHERE e.memberId = :me AND e.startedAt >= :from AND e.startedAt < :to");
    var query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("me", memberId)
            .setParameter("from", period.from())
            .setParameter("to", period.to())
            .setParameter("m0", period.monthStart())
            .setParameter("m1", period.monthEnd());
    for (int i = 0; i <= days.size(); i++) {
      query.setParameter("d" + i, period.start(period.monday().plusDays(i)));
    }
    Object[] row = query.getSingleResult();
    List<DayHours> week = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      week.add(new DayHours(days.get(i), seconds(row[i + 1])));
    }
    return new Tracked(seconds(row[0]), week);
  }

  /** Seconds this month and on each day of this week. */
  public record Tracked(long month, List<DayHours> week) {}

  /**
   * The projects with the most time in [{@code from}, {@code to}), most first (the older project
   * first when two have as much).
   */
  public List<ProjectHours> topProjects(long memberId, Instant from, Instant to, int max) {
    return em.createQuery(
            "SELECT p.id, p.name, SUM(e.seconds) AS total FROM TimeEntry e, Project p"
                + " WHERE e.projectId = p.id AND e.memberId = :me"
                + " AND e.startedAt >= :from AND e.startedAt < :to AND e.seconds > 0"
                + " GROUP BY p.id, p.name ORDER BY total DESC, p.id",
            Object[].class)
        .setParameter("me", memberId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultStream()
        .map(r -> new ProjectHours((Long) r[0], (String) r[1], seconds(r[2])))
        .toList();
  }

  /**
   * The seconds of the entries starting in [{@code :from}, {@code :to}); running timers have none.
   */
  private static String sumBetween(String from, String to) {
    return "SUM(CASE WHEN e.startedAt >= :"
        + from
        + " AND e.startedAt < :"
        + to
        + " THEN e.seconds ELSE 0 END)";
  }

  private static long seconds(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
