package com.marketplace.contracts.control;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractEvent;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.ChangesRequested;
import com.marketplace.events.entity.DomainEvent.ContractCancelled;
import com.marketplace.events.entity.DomainEvent.DisputeOpened;
import com.marketplace.events.entity.DomainEvent.DisputeResolved;
import com.marketplace.events.entity.DomainEvent.Hired;
import com.marketplace.events.entity.DomainEvent.MilestoneFunded;
import com.marketplace.events.entity.DomainEvent.MilestoneReleased;
import com.marketplace.events.entity.DomainEvent.ReviewPosted;
import com.marketplace.events.entity.DomainEvent.WorkSubmitted;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records what happened to a contract, in its history and as a domain event published after the
 * transaction commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class History {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /**
   * The event a step announces, built from the contract, milestone and actor it was recorded with.
   */
  @FunctionalInterface
  public interface Announcement {
    DomainEvent of(DomainEvent.Header header, Contract c, Milestone m, Long actor);
  }

  public static final Announcement HIRED =
      (h, c, m, actor) ->
          new Hired(h, c.getId(), c.getClientId(), c.getFreelancerId(), acted(actor));
  public static final Announcement MILESTONE_FUNDED =
      (h, c, m, actor) ->
          new MilestoneFunded(
              h, c.getId(), c.getClientId(), c.getFreelancerId(), m.getId(), acted(actor));
  public static final Announcement WORK_SUBMITTED =
      (h, c, m, actor) ->
          new WorkSubmitted(
              h, c.getId(), c.getClientId(), c.getFreelancerId(), m.getId(), acted(actor));
  public static final Announcement CHANGES_REQUESTED =
      (h, c, m, actor) ->
          new ChangesRequested(
              h, c.getId(), c.getClientId(), c.getFreelancerId(), m.getId(), acted(actor));

  /** By the client, or by the auto-release timer (no actor). */
  public static final Announcement MILESTONE_RELEASED =
      (h, c, m, actor) ->
          new MilestoneReleased(
              h, c.getId(), c.getClientId(), c.getFreelancerId(), m.getId(), actor);

  public static final Announcement DISPUTE_OPENED =
      (h, c, m, actor) ->
          new DisputeOpened(h, c.getId(), c.getClientId(), c.getFreelancerId(), acted(actor));
  public static final Announcement DISPUTE_RESOLVED =
      (h, c, m, actor) ->
          new DisputeResolved(h, c.getId(), c.getClientId(), c.getFreelancerId(), acted(actor));
  public static final Announcement CONTRACT_CANCELLED =
      (h, c, m, actor) ->
          new ContractCancelled(h, c.getId(), c.getClientId(), c.getFreelancerId(), acted(actor));
  public static final Announcement REVIEW_POSTED =
      (h, c, m, actor) ->
          new ReviewPosted(h, c.getId(), c.getClientId(), c.getFreelancerId(), acted(actor));

  /**
   * @param actor the member who acted; {@code null} for the auto-release timer
   * @param announcement the domain event of the step, or {@code null} if it publishes none
   */
  public void record(
      Contract contract,
      Milestone milestone,
      Long actor,
      String action,
      String detail,
      Announcement announcement) {
    em.persist(
        new ContractEvent(
            contract.getId(),
            milestone == null ? null : milestone.getId(),
            actor,
            action,
            detail,
            clock.instant()));
    if (announcement != null) {
      long tenantId =
          tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant"));
      events.fire(
          announcement.of(
              DomainEvent.header(tenantId, clock.instant()), contract, milestone, actor));
    }
  }

  /**
   * Who a step without a member was taken by, as the history names it: the weekly escrow of an
   * hourly contract (its steps are named {@code WEEK_...}), otherwise the auto-release timer.
   */
  public static String automatic(String action) {
    return action.startsWith("WEEK_") ? "Weekly escrow" : "Auto-release";
  }

  private static long acted(Long actor) {
    if (actor == null) {
      throw new IllegalStateException("Only the auto-release acts without a member");
    }
    return actor;
  }
}
