package com.marketplace.desk.control;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.PendingWeek;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.identity.control.Directory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time on its way to a client member (H4): who approves a project's time (the client member its
 * client is linked to), which entries a client member may decide (those ever submitted on their
 * projects; any other is not there for them), what waits for them, and the rows a decision locks:
 * projects first, then their entries, each in id order, as the automatic approval does too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SubmittedTime {

  /** What the database's {@code TO_DAYS} answers for 1970-01-01. */
  static final long TO_DAYS_OF_EPOCH = 719_528;

  /** The most waiting entries listed at once; the totals count every one. */
  public static final int MOST_LISTED = 2000;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Directory directory;

  /** A project as a submission needs it: its name and who approves its time (null: nobody). */
  public record Approver(long projectId, String projectName, Long memberId) {}

  /** The approver of each project, by project id. */
  public Map<Long, Approver> approvers(Collection<Long> projectIds) {
    Map<Long, Approver> approvers = new HashMap<>();
    if (!projectIds.isEmpty()) {
      em.createQuery(
              "SELECT p.id, p.name, c.memberId FROM Project p, DeskClient c"
                  + " WHERE p.clientId = c.id AND p.id IN :ids",
              Object[].class)
          .setParameter("ids", projectIds)
          .getResultList()
          .forEach(
              r ->
                  approvers.put(
                      (Long) r[0], new Approver((Long) r[0], (String) r[1], (Long) r[2])));
    }
    return approvers;
  }

  /**
   * Of {@code entryIds}, those the client member may decide, with their project: entries ever
   * submitted, on projects whose client is linked to them.
   */
  public Map<Long, Long> decidableBy(long clientMemberId, Collection<Long> entryIds) {
    Map<Long, Long> projects = new HashMap<>();
    em.createQuery(
            "SELECT e.id, e.projectId FROM TimeEntry e, Project p, DeskClient c"
                + " WHERE e.id IN :ids AND e.projectId = p.id AND p.clientId = c.id"
                + " AND c.memberId = :me AND e.submittedAt IS NOT NULL",
            Object[].class)
        .setParameter("ids", entryIds)
        .setParameter("me", clientMemberId)
        .getResultList()
        .forEach(r -> projects.put((Long) r[0], (Long) r[1]));
    return projects;
  }

  /** The projects, locked in id order. */
  public List<Project> lockProjects(Collection<Long> projectIds) {
    return em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids ORDER BY p.id", Project.class)
        .setParameter("ids", projectIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The entries, locked in id order, as they are now. */
  public List<TimeEntry> lockEntries(Collection<Long> entryIds) {
    return em.createQuery(
            "SELECT e FROM TimeEntry e WHERE e.id IN :ids ORDER BY e.id", TimeEntry.class)
        .setParameter("ids", entryIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** The project's entries that have waited for a decision since {@code cutoff}, locked. */
  public List<TimeEntry> waitingSince(long projectId, Instant cutoff) {
    return em.createQuery(
            "SELECT e FROM TimeEntry e WHERE e.projectId = :project AND e.status = :submitted"
                + " AND e.submittedAt <= :cutoff ORDER BY e.id",
            TimeEntry.class)
        .setParameter("project", projectId)
        .setParameter("submitted", TimeEntryStatus.SUBMITTED)
        .setParameter("cutoff", cutoff)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /**
   * What waits for the client member's decision, by project and week (Monday to Sunday in UTC, as
   * the time page shows weeks), oldest week first; the database adds up each group.
   */
  public PendingTime pendingFor(long clientMemberId) {
    List<Object[]> totals = weeklyTotals(clientMemberId);
    if (totals.isEmpty()) {
      return PendingTime.of(List.of());
    }
    List<TimeEntry> waiting =
        em.createQuery(
                "SELECT e FROM TimeEntry e, Project p, DeskClient c"
                    + " WHERE e.projectId = p.id AND p.clientId = c.id AND c.memberId = :me"
                    + " AND e.status = :submitted ORDER BY e.startedAt, e.id",
                TimeEntry.class)
            .setParameter("me", clientMemberId)
            .setParameter("submitted", TimeEntryStatus.SUBMITTED)
            .setMaxResults(MOST_LISTED)
            .getResultList();
    Map<String, List<PendingWeek.PendingEntry>> items = new LinkedHashMap<>();
    for (TimeEntry e : waiting) {
      items
          .computeIfAbsent(
              key(e.getProjectId(), TimeWording.UTC.monday(e.getStartedAt())),
              k -> new ArrayList<>())
          .add(PendingWeek.PendingEntry.of(e));
    }
    List<Long> projectIds =
        totals.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList();
    Map<Long, Project> projects = new HashMap<>();
    em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids", Project.class)
        .setParameter("ids", projectIds)
        .getResultList()
        .forEach(p -> projects.put(p.getId(), p));
    var names =
        directory.names(
            projects.values().stream().map(Project::getFreelancerId).distinct().toList());
    List<PendingWeek> weeks = new ArrayList<>();
    for (Object[] r : totals) {
      long projectId = ((Number) r[0]).longValue();
      LocalDate week = LocalDate.ofEpochDay(((Number) r[1]).longValue() - TO_DAYS_OF_EPOCH);
      Project project = projects.get(projectId);
      weeks.add(
          new PendingWeek(
              projectId,
              project.getName(),
              project.getFreelancerId(),
              names.of(project.getFreelancerId()),
              week,
              ((Number) r[2]).longValue(),
              r[3] == null ? 0 : ((Number) r[3]).longValue(),
              items.getOrDefault(key(projectId, week), List.of())));
    }
    return PendingTime.of(weeks);
  }

  /**
   * Per project and week of the client member's waiting time: the project, the day number ({@code
   * TO_DAYS}) of the week's Monday, how many entries and seconds; oldest week first.
   */
  private List<Object[]> weeklyTotals(long clientMemberId) {
    var cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<TimeEntry> e = query.from(TimeEntry.class);
    Root<Project> p = query.from(Project.class);
    Root<DeskClient> c = query.from(DeskClient.class);
    // the day number of the Monday of the entry's week, in the session's zone (UTC)
    Expression<Integer> monday =
        cb.diff(
            cb.function("TO_DAYS", Integer.class, e.get("startedAt")),
            cb.function("WEEKDAY", Integer.class, e.get("startedAt")));
    query
        .multiselect(e.get("projectId"), monday, cb.count(e), cb.sum(e.<Long>get("seconds")))
        .where(
            cb.equal(e.get("projectId"), p.get("id")),
            cb.equal(p.get("clientId"), c.get("id")),
            cb.equal(c.get("memberId"), clientMemberId),
            cb.equal(e.get("status"), TimeEntryStatus.SUBMITTED))
        .groupBy(e.get("projectId"), monday)
        .orderBy(cb.asc(monday), cb.asc(e.get("projectId")));
    return em.createQuery(query).getResultList();
  }

  private static String key(long projectId, LocalDate week) {
    return projectId + "/" + week;
  }
}
