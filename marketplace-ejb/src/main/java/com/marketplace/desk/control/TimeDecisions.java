package com.marketplace.desk.control;

import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.TimeDecided;
import com.marketplace.desk.entity.TimeDecision;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.desk.entity.TimeEntryChange;
import com.marketplace.desk.entity.TimeWording;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.TimeApproved;
import com.marketplace.events.entity.DomainEvent.TimeRejected;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Applies one decision to entries of one project, the client's or the workspace's own: each entry
 * that still waits is decided and its history says by whom and with what comment; entries decided
 * meanwhile are left as they are. Inside the deciding transaction it announces {@link TimeDecided}
 * (what follows from the decision, such as money on an hourly contract, commits or rolls back with
 * it) and raises {@link TimeApproved} or {@link TimeRejected}, once per project and decision. When
 * the workspace approves by itself, the announcement names the client member whose silence it ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TimeDecisions {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Event<TimeDecided> decided;
  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;

  /**
   * Decides those of the project's {@code entries} (locked by the caller) that wait for a decision;
   * answers them. {@code actorId} is the deciding client member, or null for the workspace.
   */
  public List<TimeEntry> decide(
      Project project,
      long clientMemberId,
      Long actorId,
      List<TimeEntry> entries,
      TimeDecision decision,
      Instant now) {
    List<TimeEntry> waiting =
        entries.stream()
            .filter(e -> e.getProjectId() == project.getId() && e.awaitsDecision())
            .sorted(Comparator.comparing(TimeEntry::getId))
            .toList();
    if (waiting.isEmpty()) {
      return waiting;
    }
    for (TimeEntry entry : waiting) {
      entry.decide(decision);
      em.persist(TimeEntryChange.decided(entry.getId(), actorId, now, decision));
    }
    // observers may read the entries with SQL of their own
    em.flush();
    decided.fire(
        new TimeDecided(
            project.getId(),
            project.getContractId(),
            project.getFreelancerId(),
            clientMemberId,
            now,
            waiting.stream()
                .map(
                    e ->
                        new TimeDecided.Entry(
                            e.getId(), e.getStartedAt(), e.getSeconds(), decision.approves()))
                .toList()));
    long seconds = waiting.stream().mapToLong(TimeEntry::getSeconds).sum();
    String week = week(waiting);
    var header =
        DomainEvent.header(
            tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant")), now);
    events.fire(
        decision.approves()
            ? new TimeApproved(
                header,
                project.getId(),
                project.getFreelancerId(),
                clientMemberId,
                actorId,
                waiting.size(),
                seconds,
                week,
                decision.comment())
            : new TimeRejected(
                header,
                project.getId(),
                project.getFreelancerId(),
                clientMemberId,
                waiting.size(),
                seconds,
                week,
                decision.comment()));
    return waiting;
  }

  /** The Monday (ISO date) of the week of the earliest entry: where the time page shows them. */
  public static String week(List<TimeEntry> entries) {
    return TimeWording.UTC
        .monday(entries.stream().map(TimeEntry::getStartedAt).min(Comparator.naturalOrder()).get())
        .toString();
  }
}
