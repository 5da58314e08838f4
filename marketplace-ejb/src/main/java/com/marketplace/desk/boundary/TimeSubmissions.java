package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.control.SubmittedTime;
import com.marketplace.desk.control.TimeDecisions;
import com.marketplace.desk.control.TimeLog;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryChange;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimeSubmission;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.TimeSubmitted;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A freelancer hands their time to the client member of its project for approval (H4): chosen
 * entries, or a week. Finished drafts and rejected entries go; those submitted or decided already
 * are passed over, so a second click changes nothing; time nobody could approve (its client is
 * linked to no client member) is refused. Each submission is kept in the entry's history and told
 * to the client member once per project.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class TimeSubmissions {

  /** The most entries one submission names. */
  public static final int MOST_SUBMITTED = 500;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject DeskAccess access;
  @Inject TimeLog log;
  @Inject SubmittedTime submittedTime;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  /**
   * Hands the caller's chosen entries to their clients for approval. Those submitted or decided
   * already are left out silently (a second click changes nothing); a running timer, or time on a
   * project whose client is linked to no client member (nobody could approve it), is refused.
   */
  public TimeSubmission submit(Collection<Long> entryIds) {
    long me = access.me();
    List<Long> ids = entryIds == null ? List.of() : entryIds.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      throw new InvalidInputException("Choose the entries to submit.");
    }
    if (ids.size() > MOST_SUBMITTED) {
      throw new InvalidInputException("Submit at most " + MOST_SUBMITTED + " entries at a time.");
    }
    List<TimeEntry> entries = log.own(me, ids);
    if (entries.size() != ids.size()) {
      throw new NotFoundException("There is no such time entry.");
    }
    if (entries.stream().anyMatch(TimeEntry::isRunning)) {
      throw new ConflictException("A running timer cannot be submitted: stop it first.");
    }
    List<TimeEntry> open = entries.stream().filter(TimeEntry::isSubmittable).toList();
    var approvers = submittedTime.approvers(projectIds(open));
    for (TimeEntry entry : open) {
      var approver = approvers.get(entry.getProjectId());
      if (approver.memberId() == null) {
        throw nobodyApproves(approver.projectName());
      }
    }
    return handIn(me, open, approvers, List.of());
  }

  /**
   * Hands in the caller's finished drafts and rejected entries of a week (the one {@code day} falls
   * in, Monday to Sunday in UTC as the time page shows it), on one project or all. Time on projects
   * nobody could approve stays behind and is named; if that is all there is, it is refused.
   */
  public TimeSubmission submitWeek(LocalDate day, Long projectId) {
    long me = access.me();
    if (day == null) {
      throw new InvalidInputException("Say which week to submit (any day of it).");
    }
    if (projectId != null) {
      access.project(projectId);
      var approver = submittedTime.approvers(List.of(projectId)).get(projectId);
      if (approver.memberId() == null) {
        throw nobodyApproves(approver.projectName());
      }
    }
    LocalDate monday = TimeWording.monday(day);
    List<TimeEntry> week =
        log.between(
            me,
            projectId,
            TimeTracking.WORDING.startOf(monday),
            TimeTracking.WORDING.startOf(monday.plusWeeks(1)),
            TimeTracking.MOST_ENTRIES);
    var approvers = submittedTime.approvers(projectIds(week));
    Predicate<TimeEntry> approvable = e -> approvers.get(e.getProjectId()).memberId() != null;
    List<String> withoutApprover =
        week.stream()
            .filter(TimeEntry::isSubmittable)
            .filter(approvable.negate())
            .map(e -> approvers.get(e.getProjectId()).projectName())
            .distinct()
            .sorted()
            .toList();
    // only time nobody could approve: refused (submitted time of the week, say by a second click
    // on "Submit week", makes it an answer with nothing more to submit)
    if (!withoutApprover.isEmpty() && week.stream().noneMatch(approvable)) {
      throw new ConflictException(
          "Nobody can approve this week's time: "
              + quoted(withoutApprover)
              + (withoutApprover.size() == 1 ? " is" : " are")
              + " for clients not linked to a client member of the workspace.");
    }
    List<TimeEntry> open =
        week.stream().filter(TimeEntry::isSubmittable).filter(approvable).toList();
    return handIn(me, open, approvers, withoutApprover);
  }

  private TimeSubmission handIn(
      long me,
      List<TimeEntry> entries,
      Map<Long, SubmittedTime.Approver> approvers,
      List<String> withoutApprover) {
    Instant now = clock.instant();
    Map<Long, List<TimeEntry>> byProject = new TreeMap<>();
    for (TimeEntry entry : entries) {
      TimeEntryStatus before = entry.submit(now);
      em.persist(TimeEntryChange.submitted(entry.getId(), me, now, before));
      byProject.computeIfAbsent(entry.getProjectId(), p -> new ArrayList<>()).add(entry);
    }
    em.flush();
    long tenantId = caller.ref().tenantId();
    byProject.forEach(
        (projectId, submitted) ->
            events.fire(
                new TimeSubmitted(
                    DomainEvent.header(tenantId, now),
                    projectId,
                    me,
                    approvers.get(projectId).memberId(),
                    submitted.size(),
                    submitted.stream().mapToLong(TimeEntry::getSeconds).sum(),
                    TimeDecisions.week(submitted))));
    return new TimeSubmission(
        entries.stream()
            .map(e -> TimeEntryView.of(e, approvers.get(e.getProjectId()).projectName()))
            .toList(),
        withoutApprover);
  }

  private static List<Long> projectIds(List<TimeEntry> entries) {
    return entries.stream().map(TimeEntry::getProjectId).distinct().toList();
  }

  private static ConflictException nobodyApproves(String projectName) {
    return new ConflictException(
        "Nobody can approve the time on “"
            + projectName
            + "”: its client is not linked to a client member of the workspace. Link the client"
            + " to their member first.");
  }

  private static String quoted(List<String> names) {
    return names.stream()
        .map(n -> "“" + n + "”")
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
