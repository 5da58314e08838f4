package com.marketplace.desk.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.desk.control.SubmittedTime;
import com.marketplace.desk.control.TimeDecisions;
import com.marketplace.desk.entity.PendingTime;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeDecisionResult;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A client member's side of time approval (H4): the time freelancers submitted on projects whose
 * client is linked to them, and their decisions on it, one entry or many at once. Entries decided
 * already (a double click, a retry, the workspace's automatic approval) are passed over silently,
 * so a decision never happens twice; entries the caller may not decide are not found.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CLIENT, PORTAL})
public class TimeApprovals {

  /** The most entries one decision names. */
  public static final int MOST_AT_ONCE = 500;

  @Inject Caller caller;
  @Inject SubmittedTime submitted;
  @Inject TimeDecisions decisions;
  @Inject Clock clock;

  /** What waits for the caller's decision, by project and week, with totals. */
  public PendingTime pending() {
    return submitted.pendingFor(caller.ref().memberId());
  }

  /**
   * Approves or rejects the entries, all with the same comment; answers which it decided and which
   * it found decided already. Every project's rows, then every entry's, are locked before anything
   * is decided, so two decisions at once on the same entries decide each once.
   */
  public TimeDecisionResult decide(Collection<Long> entryIds, TimeDecision decision) {
    long me = caller.ref().memberId();
    List<Long> ids = entryIds == null ? List.of() : entryIds.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      throw new InvalidInputException("Choose the entries to decide.");
    }
    if (ids.size() > MOST_AT_ONCE) {
      throw new InvalidInputException("Decide at most " + MOST_AT_ONCE + " entries at a time.");
    }
    var projectOf = submitted.decidableBy(me, ids);
    if (projectOf.size() != ids.size()) {
      throw new NotFoundException("There is no such time entry.");
    }
    List<Project> projects = submitted.lockProjects(new HashSet<>(projectOf.values()));
    List<TimeEntry> entries = submitted.lockEntries(ids);
    Instant now = clock.instant();
    Set<Long> decided = new HashSet<>();
    for (Project project : projects) {
      decisions
          .decide(project, me, me, entries, decision, now)
          .forEach(e -> decided.add(e.getId()));
    }
    List<Long> done = new ArrayList<>();
    List<Long> already = new ArrayList<>();
    ids.forEach(id -> (decided.contains(id) ? done : already).add(id));
    return new TimeDecisionResult(done, already);
  }
}
