package com.marketplace.desk.control;

import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeProject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's time entries as the desk reads them: the running timer, a span's entries, overlaps.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TimeLog {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /** The member's running timer, found by the unique key that allows only one. */
  public Optional<TimeEntry> running(long memberId) {
    return em.createQuery("SELECT e FROM TimeEntry e WHERE e.runningMember = :me", TimeEntry.class)
        .setParameter("me", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Another entry of the same member that shares time with {@code entry} (a running timer lasts
   * until {@code now}), or none. The entry must be written (flushed) already: the other entries are
   * then read with locks, so two requests writing overlapping entries at once cannot both miss each
   * other. Each waits for the other's new row and one of them loses (a deadlock the boundary runs
   * again), then sees the other's entry.
   */
  public Optional<TimeEntry> overlapping(TimeEntry entry, Instant now) {
    // No finished entry is longer than a day: earlier starts cannot reach this one.
    List<TimeEntry> near =
        em.createQuery(
                "SELECT e FROM TimeEntry e WHERE e.memberId = :me AND e.id <> :self"
                    + " AND e.startedAt > :earliest AND e.startedAt < :end ORDER BY e.startedAt",
                TimeEntry.class)
            .setParameter("me", entry.getMemberId())
            .setParameter("self", entry.getId())
            .setParameter("earliest", entry.getStartedAt().minus(TimeEntry.LONGEST))
            .setParameter("end", entry.getEndedAt())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    List<TimeEntry> running =
        em.createQuery(
                "SELECT e FROM TimeEntry e WHERE e.runningMember = :me AND e.id <> :self",
                TimeEntry.class)
            .setParameter("me", entry.getMemberId())
            .setParameter("self", entry.getId())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return java.util.stream.Stream.concat(near.stream(), running.stream())
        .filter(other -> other.overlaps(entry.getStartedAt(), entry.getEndedAt(), now))
        .findFirst();
  }

  /**
   * The member's entries that start in [{@code from}, {@code to}), on one project or all, oldest
   * first, at most {@code max}.
   */
  public List<TimeEntry> between(long memberId, Long projectId, Instant from, Instant to, int max) {
    var query =
        em.createQuery(
                "SELECT e FROM TimeEntry e WHERE e.memberId = :me"
                    + (projectId == null ? "" : " AND e.projectId = :project")
                    + " AND e.startedAt >= :from AND e.startedAt < :to"
                    + " ORDER BY e.startedAt, e.id",
                TimeEntry.class)
            .setParameter("me", memberId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(max);
    if (projectId != null) {
      query.setParameter("project", projectId);
    }
    return query.getResultList();
  }

  /** Those of the entries that are the member's, in id order. */
  public List<TimeEntry> own(long memberId, Collection<Long> entryIds) {
    return em.createQuery(
            "SELECT e FROM TimeEntry e WHERE e.memberId = :me AND e.id IN :ids ORDER BY e.id",
            TimeEntry.class)
        .setParameter("me", memberId)
        .setParameter("ids", entryIds)
        .getResultList();
  }

  /** The names of projects, by id. */
  public Map<Long, String> projectNames(Collection<Long> projectIds) {
    Map<Long, String> names = new HashMap<>();
    if (!projectIds.isEmpty()) {
      em.createQuery("SELECT p.id, p.name FROM Project p WHERE p.id IN :ids", Object[].class)
          .setParameter("ids", projectIds)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  /** The member's projects time can be tracked on, by name. */
  public List<TimeProject> openProjects(long memberId) {
    return em.createQuery(
            "SELECT p FROM Project p WHERE p.freelancerId = :me AND p.status IN :open"
                + " ORDER BY p.name, p.id",
            Project.class)
        .setParameter("me", memberId)
        .setParameter(
            "open", Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::open).toList())
        .getResultStream()
        .map(p -> new TimeProject(p.getId(), p.getName()))
        .toList();
  }
}
