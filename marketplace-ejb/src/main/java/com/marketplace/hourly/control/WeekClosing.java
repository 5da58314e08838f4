package com.marketplace.hourly.control;

import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.desk.entity.TimeEntryStatus;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.WeekStatus;
import com.marketplace.ledger.control.LedgerCommands;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Closes a week of an hourly contract once it is over (or the contract ended) and every entry that
 * started in it on the contract's project is decided (none a draft, submitted or running): the rest
 * of its hold goes back to the client, under the week's refund key. An unfunded week that is over
 * closes with nothing held. The caller has the contract and the week locked; time recorded in the
 * week waits for the week's lock, then finds it closed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WeekClosing {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject History history;

  /** Answers whether the week closed now. */
  public boolean closeIfDecided(Contract c, ContractWeek w, Instant now) {
    boolean ended = c.getEndedAt() != null && !now.isBefore(c.getEndedAt());
    if (w.getStatus() == WeekStatus.CLOSED || !(ended || w.week().isOverAt(now))) {
      return false;
    }
    if (w.getStatus() == WeekStatus.FUNDED && undecided(c, w)) {
      return false;
    }
    long rest = w.remaining();
    if (rest > 0) {
      ledger.refund(w.week().refundKey(c.getId()), w.getHoldId(), c.money(rest));
    }
    boolean funded = w.getStatus() == WeekStatus.FUNDED;
    w.close(rest, now);
    history.record(
        c,
        null,
        null,
        "WEEK_CLOSED",
        WeekFunding.capitalised(w.week().label())
            + (funded
                ? ": "
                    + c.money(w.getReleased()).format()
                    + " released, "
                    + c.money(rest).format()
                    + " back to the client."
                : ": never funded, nothing held."),
        null);
    return true;
  }

  /**
   * Whether an entry of the week on the contract's project waits for a decision: a draft (a running
   * timer is one), or submitted.
   */
  private boolean undecided(Contract c, ContractWeek w) {
    return !em.createQuery(
            "SELECT e.id FROM TimeEntry e, Project p WHERE e.projectId = p.id"
                + " AND p.contractId = :contract AND e.startedAt >= :from AND e.startedAt < :until"
                + " AND (e.status IN :open OR e.endedAt IS NULL)",
            Long.class)
        .setParameter("contract", c.getId())
        .setParameter("from", w.getStartsAt())
        .setParameter("until", w.getEndsAt())
        .setParameter("open", List.of(TimeEntryStatus.DRAFT, TimeEntryStatus.SUBMITTED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
