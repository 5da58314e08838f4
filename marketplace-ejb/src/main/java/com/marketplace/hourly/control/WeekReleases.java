package com.marketplace.hourly.control;

import com.marketplace.contracts.control.Escrow;
import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.desk.entity.TimeDecided;
import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.Week;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Money;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Pays approved time of an hourly contract, inside the client's deciding transaction: each approved
 * entry's hours × rate (rounded half-even to minor units) from the hold of the week the entry
 * started in, to the freelancer minus the workspace's fee. The key names contract, week and entry,
 * and an entry whose key was used is passed over, so a decision announced again (its transaction
 * retried, a second announcement) pays nothing more. Rejected entries pay nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WeekReleases {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Weeks weeks;
  @Inject LedgerCommands ledger;
  @Inject Escrow escrow;
  @Inject History history;

  public void decided(@Observes TimeDecided decision) {
    if (decision.contractId() == null) {
      return;
    }
    // the contract first, as every change of it: the scan closing a week waits for this
    Contract c = em.find(Contract.class, decision.contractId(), LockModeType.PESSIMISTIC_WRITE);
    if (c == null || !c.isPaidWeekly()) {
      return;
    }
    int fee = escrow.platformFee();
    long seconds = 0;
    Money paid = c.zero();
    int entries = 0;
    for (TimeDecided.Entry entry : decision.entries()) {
      if (!entry.approved()) {
        continue;
      }
      Week week = Week.of(entry.startedAt());
      String key = week.releaseKey(c.getId(), entry.entryId());
      if (ledger.done(key)) {
        continue;
      }
      ContractWeek w =
          weeks
              .find(c.getId(), week, true)
              .orElseThrow(
                  () ->
                      new ConflictException(
                          "“"
                              + c.getTitle()
                              + "” has no escrow for "
                              + week.label()
                              + ": time of that week cannot be paid from it."));
      long gross = w.payable(ContractWeek.worth(c.getHourlyRate(), entry.seconds()).minorUnits());
      if (gross == 0) {
        // too little to pay a minor unit (or nothing left): no money moves, nothing to key it by
        continue;
      }
      ledger.release(key, w.getHoldId(), c.money(gross), c.getFreelancerId(), fee);
      w.paid(entry.seconds(), gross);
      seconds += entry.seconds();
      paid = paid.plus(c.money(gross));
      entries++;
    }
    if (entries > 0) {
      history.record(
          c,
          null,
          decision.clientMemberId(),
          "WEEK_RELEASED",
          entries
              + (entries == 1 ? " approved entry, " : " approved entries, ")
              + TimeEntry.length(seconds)
              + ": "
              + paid.format()
              + " released to the freelancer.",
          null);
    }
  }
}
