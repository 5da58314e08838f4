package com.marketplace.hourly.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.Party;
import com.marketplace.hourly.control.WeekClosing;
import com.marketplace.hourly.control.WeekFunding;
import com.marketplace.hourly.control.WeekViews;
import com.marketplace.hourly.control.Weeks;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.HourlyView;
import com.marketplace.identity.control.Caller;
import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * An hourly contract's weeks for its parties and the owner (whoever may see the contract; to anyone
 * else it does not exist), the client's "Resume" of a paused one, and either party's end of it.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class HourlyContracts {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject WeekFunding funding;
  @Inject WeekClosing closing;
  @Inject Weeks weeks;
  @Inject History history;
  @Inject WeekViews views;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** The contract's rate, cap, pause and weeks, newest first. */
  public HourlyView weeks(long contractId) {
    return views.of(load(contractId, false));
  }

  /**
   * The client tries the hold of the current week again now, after topping up: the contract runs
   * again, or the refusal says what the wallet holds and what is needed.
   */
  @RolesAllowed(CLIENT)
  public HourlyView resume(long contractId) {
    Contract c = load(contractId, true);
    if (c.sideOf(me()).orElse(Party.OWNER) != Party.CLIENT) {
      throw new AccessDeniedException("Only the contract's client can resume it.");
    }
    if (c.getStatus() != ContractStatus.IN_PROGRESS || !c.isPaused()) {
      throw new ConflictException("“" + c.getTitle() + "” is not paused.");
    }
    funding.fund(c, clock.instant(), true, me());
    return views.of(c);
  }

  /**
   * The client or the freelancer ends the contract: no week after this one is held and no more time
   * is tracked on it; its open weeks close, the rest back to the client, as soon as their time is
   * decided (at once when it is). Ending an ended contract again changes nothing.
   */
  @RolesAllowed({CLIENT, FREELANCER})
  public HourlyView end(long contractId) {
    Contract c = load(contractId, true);
    Party side =
        c.sideOf(me())
            .filter(p -> p == Party.CLIENT || p == Party.FREELANCER)
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "Only the contract's client or freelancer can end it."));
    Instant now = clock.instant();
    if (c.end(now)) {
      history.record(
          c,
          null,
          me(),
          "ENDED",
          "Ended by the " + (side == Party.CLIENT ? "client" : "freelancer") + ".",
          null);
      for (ContractWeek w : weeks.unclosed(c.getId())) {
        closing.closeIfDecided(c, w, now);
      }
    }
    return views.of(c);
  }

  /**
   * An hourly contract the caller may see; others' contracts, and fixed-price ones, do not exist.
   */
  private Contract load(long contractId, boolean forUpdate) {
    Contract c =
        forUpdate
            ? em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Contract.class, contractId);
    if (c == null || !c.visibleTo(me(), session.isCallerInRole(OWNER))) {
      throw new NotFoundException("There is no such contract.");
    }
    if (!c.isPaidWeekly()) {
      throw new NotFoundException("This contract is paid by milestones, not by the week.");
    }
    return c;
  }

  private long me() {
    return caller.ref().memberId();
  }
}
