package com.marketplace.hourly.boundary;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.hourly.control.WeekClosing;
import com.marketplace.hourly.control.WeekFunding;
import com.marketplace.hourly.control.Weeks;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * What an hourly contract's weeks need at a time: weeks that are over and decided close (the rest
 * of the hold back to the client, which may then cover the new week), and the week of that time is
 * opened and funded, or its hold tried again while the contract is paused (an ended contract's
 * weeks only close). Each contract in a transaction of its own (the scan's, in which the contract
 * row is claimed); idempotent, so a second visit at the same time changes nothing. Reached from
 * {@link WeekScan}'s timer, and by tests with a time of their choosing.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DueWeeks {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Weeks weeks;
  @Inject WeekClosing closing;
  @Inject WeekFunding funding;

  /** Answers whether anything changed. */
  public boolean visit(long contractId, Instant now) {
    Contract c = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
    if (c == null || !c.isPaidWeekly()) {
      return false;
    }
    boolean running = c.getStatus() == ContractStatus.IN_PROGRESS;
    if (!running && c.getEndedAt() == null) {
      return false;
    }
    boolean changed = false;
    for (ContractWeek w : weeks.unclosed(c.getId())) {
      changed |= closing.closeIfDecided(c, w, now);
    }
    // an ended contract holds no new week
    if (running) {
      changed |= funding.fund(c, now, false, null);
    }
    return changed;
  }
}
