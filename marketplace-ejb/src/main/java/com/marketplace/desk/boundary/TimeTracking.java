package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.desk.control.BudgetWatch;
import com.marketplace.desk.control.TimeLimits;
import com.marketplace.desk.control.TimeLog;
import com.marketplace.desk.control.TrackedTime;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeAllowance;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryChange;
import com.marketplace.desk.entity.TimeEntryChangeView;
import com.marketplace.desk.entity.TimeEntryView;
import com.marketplace.desk.entity.TimeProject;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.desk.entity.TimerAlreadyRunning;
import com.marketplace.desk.entity.TimerView;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A freelancer's own time (H3): one running timer at most (the database's unique key decides when
 * two tabs or devices start at once; the loser runs again and is told which timer runs), manual
 * entries that never overlap, and changes and deletions while an entry is still a draft, each kept
 * in the entry's history (submission for approval is {@link TimeSubmissions}). Another member's
 * entries and projects do not exist for the caller.
 *
 * <p>What pays for a project's time may limit it ({@link TimeLimits}: an hourly contract's weekly
 * cap, or its pause while the week is not funded): a timer does not start and an entry is not
 * recorded or changed beyond the limit, and a running timer stops at it.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class TimeTracking {

  /** The longest span {@link #entries} answers for at once. */
  public static final Duration LONGEST_LIST = Duration.ofDays(93);

  /** The most entries {@link #entries} answers. */
  public static final int MOST_ENTRIES = 1000;

  /** Workspaces have no time zone of their own yet: messages name times in UTC, labelled. */
  static final TimeWording WORDING = TimeWording.UTC;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject TimeLog log;
  @Inject BudgetWatch budgetWatch;
  @Inject Directory directory;
  @Inject TrackedTime tracked;
  @Inject Instance<TimeLimits> limits;
  @Inject Clock clock;

  /**
   * Starts a timer on one of the caller's open projects. When one runs already it is refused,
   * naming that timer, unless {@code replaceRunning}: then the running one stops and the new one
   * starts in the same transaction.
   */
  public TimerView start(long projectId, String note, boolean replaceRunning) {
    long me = caller.ref().memberId();
    Project project = ownProject(projectId, me);
    project.requireOpenForTime();
    Instant now = clock.instant();
    Optional<TimeEntry> running = log.running(me);
    if (running.isPresent()) {
      TimeEntry other = running.get();
      if (!replaceRunning) {
        throw new TimerAlreadyRunning(
            TimerView.of(other, projectName(other.getProjectId())), WORDING, now);
      }
      stopWithinLimits(other, now);
      // The stopped row leaves the unique key before the new timer takes it.
      em.flush();
      afterTimeRecorded(other.getProjectId());
    }
    requireTimeLeft(project, now);
    TimeEntry timer = TimeEntry.start(me, projectId, note, now);
    em.persist(timer);
    // A concurrent start takes the key first: this insert fails, and the call runs again.
    em.flush();
    return TimerView.of(timer, project.getName());
  }

  /** Stops the caller's running timer; answers the entry it became. */
  public TimeEntryView stop() {
    long me = caller.ref().memberId();
    TimeEntry timer =
        log.running(me).orElseThrow(() -> new ConflictException("No timer is running."));
    stopWithinLimits(timer, clock.instant());
    em.flush();
    afterTimeRecorded(timer.getProjectId());
    return TimeEntryView.of(timer, projectName(timer.getProjectId()));
  }

  /** The caller's running timer, if one runs. */
  public Optional<TimerView> running() {
    return log.running(caller.ref().memberId())
        .map(timer -> TimerView.of(timer, projectName(timer.getProjectId())));
  }

  /** The caller's projects time can be tracked on. */
  public List<TimeProject> projects() {
    return log.openProjects(caller.ref().memberId());
  }

  /** Records time worked by hand, on one of the caller's open projects. */
  public TimeEntryView record(long projectId, Instant start, Instant end, String note) {
    long me = caller.ref().memberId();
    Project project = ownProject(projectId, me);
    project.requireOpenForTime();
    Instant now = clock.instant();
    TimeEntry entry = TimeEntry.manual(me, projectId, start, end, note, now);
    em.persist(entry);
    em.flush();
    refuseOverlap(entry, now);
    requireWithinLimits(entry, project);
    afterTimeRecorded(projectId);
    return TimeEntryView.of(entry, project.getName());
  }

  /** Changes an entry's times and note while it may still change; the change is kept. */
  public TimeEntryView change(long entryId, Instant start, Instant end, String note) {
    long me = caller.ref().memberId();
    TimeEntry entry = ownEntry(entryId, me);
    Instant now = clock.instant();
    String before = entry.change(start, end, note, now);
    em.flush();
    refuseOverlap(entry, now);
    requireWithinLimits(entry, em.find(Project.class, entry.getProjectId()));
    String after = entry.describe();
    if (!after.equals(before)) {
      em.persist(
          new TimeEntryChange(entryId, me, now, TimeEntryChange.Action.EDITED, before, after));
    }
    afterTimeRecorded(entry.getProjectId());
    return TimeEntryView.of(entry, projectName(entry.getProjectId()));
  }

  /** Deletes an entry while it may still change; its history keeps what it was. */
  public void delete(long entryId) {
    long me = caller.ref().memberId();
    TimeEntry entry = ownEntry(entryId, me);
    entry.requireEditable();
    em.persist(
        new TimeEntryChange(
            entryId, me, clock.instant(), TimeEntryChange.Action.DELETED, entry.describe(), null));
    em.remove(entry);
  }

  /**
   * The caller's entries starting in [{@code from}, {@code to}), on one of their projects or all,
   * oldest first; a running timer is among them. At most {@link #LONGEST_LIST} at once.
   */
  public List<TimeEntryView> entries(Long projectId, Instant from, Instant to) {
    long me = caller.ref().memberId();
    if (from == null || to == null) {
      throw new InvalidInputException("Say from when and until when.");
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException("The end of the period must be after its start.");
    }
    if (Duration.between(from, to).compareTo(LONGEST_LIST) > 0) {
      throw new InvalidInputException(
          "Ask for at most " + LONGEST_LIST.toDays() + " days of entries at a time.");
    }
    if (projectId != null) {
      ownProject(projectId, me);
    }
    List<TimeEntry> entries = log.between(me, projectId, from, to, MOST_ENTRIES);
    Map<Long, String> names =
        log.projectNames(entries.stream().map(TimeEntry::getProjectId).distinct().toList());
    return entries.stream().map(e -> TimeEntryView.of(e, names.get(e.getProjectId()))).toList();
  }

  /**
   * What happened to one of the caller's entries, oldest first; a deleted entry's history stays
   * readable to who deleted it.
   */
  public List<TimeEntryChangeView> history(long entryId) {
    long me = caller.ref().memberId();
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    List<TimeEntryChange> changes =
        em.createQuery(
                "SELECT c FROM TimeEntryChange c WHERE c.entryId = :entry ORDER BY c.id",
                TimeEntryChange.class)
            .setParameter("entry", entryId)
            .getResultList();
    boolean mine =
        entry != null
            ? entry.ownedBy(me)
            : changes.stream()
                .anyMatch(c -> c.getAction() == TimeEntryChange.Action.DELETED && c.madeBy(me));
    if (!mine) {
      throw new NotFoundException("There is no such time entry.");
    }
    var names =
        directory.names(
            changes.stream()
                .map(TimeEntryChange::getMemberId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    return changes.stream()
        .map(
            c ->
                TimeEntryChangeView.of(
                    c, c.getMemberId() == null ? null : names.of(c.getMemberId())))
        .toList();
  }

  /**
   * Time on a project was recorded, stopped or changed: the one place from which the project's
   * budget is checked (alerts at 75, 90 and 100 %, each once).
   */
  private void afterTimeRecorded(long projectId) {
    budgetWatch.check(projectId);
  }

  /** The limit time starting at {@code start} on the project counts against, if any. */
  private Optional<TimeAllowance> allowance(Project project, Instant start) {
    return limits.stream()
        .map(limit -> limit.at(project, start))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Refuses to start a timer where no time may be tracked now, or none is left. */
  private void requireTimeLeft(Project project, Instant now) {
    allowance(project, now)
        .ifPresent(
            a -> {
              refuseIfBarred(a);
              if (a.left(tracked.onProjectBetween(project.getId(), a.from(), a.until(), null))
                  == 0) {
                throw new ConflictException(
                    "No time is left of " + a.limit() + " on “" + project.getName() + "”.");
              }
            });
  }

  /** Refuses a recorded or changed entry (written already) that goes beyond its limit. */
  private void requireWithinLimits(TimeEntry entry, Project project) {
    allowance(project, entry.getStartedAt())
        .ifPresent(
            a -> {
              refuseIfBarred(a);
              long left =
                  a.left(
                      tracked.onProjectBetween(
                          project.getId(), a.from(), a.until(), entry.getId()));
              if (entry.getSeconds() > left) {
                throw new ConflictException(
                    "This time goes beyond "
                        + a.limit()
                        + " on “"
                        + project.getName()
                        + "”: "
                        + TimeEntry.length(left)
                        + " left.");
              }
            });
  }

  private static void refuseIfBarred(TimeAllowance allowance) {
    if (allowance.refusal() != null) {
      throw new ConflictException(allowance.refusal());
    }
  }

  /** Stops a timer now, or where its limit leaves no more time. */
  private void stopWithinLimits(TimeEntry timer, Instant now) {
    Project project = em.find(Project.class, timer.getProjectId());
    long most =
        allowance(project, timer.getStartedAt())
            .map(
                a ->
                    a.left(
                        tracked.onProjectBetween(
                            project.getId(), a.from(), a.until(), timer.getId())))
            .orElse(TimeEntry.LONGEST.toSeconds());
    timer.stop(now, most);
  }

  private void refuseOverlap(TimeEntry entry, Instant now) {
    log.overlapping(entry, now)
        .ifPresent(
            other -> {
              String project = projectName(other.getProjectId());
              throw new InvalidInputException(
                  other.isRunning()
                      ? "This time overlaps your timer running on “"
                          + project
                          + "” since "
                          + WORDING.moment(other.getStartedAt(), now)
                          + "."
                      : "This time overlaps your entry #"
                          + other.getId()
                          + " on “"
                          + project
                          + "”, "
                          + WORDING.span(other.getStartedAt(), other.getEndedAt())
                          + ".");
            });
  }

  private Project ownProject(long projectId, long me) {
    Project project = em.find(Project.class, projectId);
    if (project == null || !project.ownedBy(me)) {
      throw new NotFoundException("There is no such project.");
    }
    return project;
  }

  private TimeEntry ownEntry(long entryId, long me) {
    TimeEntry entry = em.find(TimeEntry.class, entryId);
    if (entry == null || !entry.ownedBy(me)) {
      throw new NotFoundException("There is no such time entry.");
    }
    return entry;
  }

  private String projectName(long projectId) {
    return log.projectNames(List.of(projectId)).getOrDefault(projectId, "a project");
  }
}
