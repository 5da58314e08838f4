package com.marketplace.contracts.boundary;

import static com.marketplace.contracts.control.History.MILESTONE_RELEASED;

import com.marketplace.contracts.control.Escrow;
import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.Party;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
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
 * Approves submitted milestones whose client stayed silent past the workspace's review period (M7),
 * each contract in its own transaction (the scan's, in which the contract is claimed). Reached only
 * from {@link AutoRelease}'s timer, which has no caller; it acts as {@link Party#TIMER}, which the
 * state machine allows to approve and nothing else.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DueReleases {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Escrow escrow;
  @Inject History history;
  @Inject Clock clock;

  /**
   * Releases the contract's submitted milestone if it is still due once the contract is locked: the
   * client may have approved, asked for changes or opened a dispute meanwhile, and then this does
   * nothing. Answers whether it released.
   */
  public boolean release(long contractId) {
    Contract c = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (c == null || c.getStatus() != ContractStatus.UNDER_REVIEW) {
      return false;
    }
    Milestone due = c.current().orElseThrow();
    if (due.getReviewDueAt() == null || due.getReviewDueAt().isAfter(now)) {
      return false;
    }
    Milestone m = c.approve(Party.TIMER, now, milestone -> escrow.release(c, milestone));
    history.record(
        c,
        m,
        null,
        "AUTO_RELEASED",
        m.getTitle() + ": no answer from the client within the review period",
        MILESTONE_RELEASED);
    return true;
  }
}
