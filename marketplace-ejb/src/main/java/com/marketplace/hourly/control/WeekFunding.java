package com.marketplace.hourly.control;

import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractStarted;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.HourlyContractPaused;
import com.marketplace.events.entity.DomainEvent.HourlyWeekFunded;
import com.marketplace.hourly.entity.ContractWeek;
import com.marketplace.hourly.entity.Week;
import com.marketplace.hourly.entity.WeekStatus;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.Money;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds a week's escrow of an hourly contract: {@code cap × rate} from the client's wallet, under
 * the week's key. When the wallet cannot cover it the contract pauses (the freelancer and the
 * client hear of it) and the week waits for the next try; a week funded resumes it. The caller has
 * the contract row locked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WeekFunding {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Weeks weeks;
  @Inject LedgerCommands ledger;
  @Inject History history;
  @Inject Event<DomainEvent> events;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;

  /** The hire funds the current week, or pauses the contract: the hire happens either way. */
  public void hired(@Observes ContractStarted hire) {
    Contract c = em.find(Contract.class, hire.contractId());
    if (c != null && c.isPaidWeekly()) {
      fund(c, clock.instant(), false, hire.clientId());
    }
  }

  /**
   * Funds the week of {@code now} if it is not yet: opens it and takes its hold, or tries the hold
   * of an unfunded week again (when its retry is due, or at once when {@code insist}). Weeks before
   * the hire's are never opened. When the wallet does not cover the hold, the contract pauses; with
   * {@code insist} (the client asked) the refusal comes back to the caller instead, saying what is
   * available. Answers whether anything changed.
   *
   * @param actor the member who asked, or null for the scan
   */
  public boolean fund(Contract c, Instant now, boolean insist, Long actor) {
    Week week = Week.of(now);
    if (week.isBefore(Week.of(c.getCreatedAt()))) {
      return false;
    }
    ContractWeek w = weeks.find(c.getId(), week, true).orElse(null);
    boolean opened = w == null;
    if (opened) {
      w = new ContractWeek(c.getId(), week, now);
      em.persist(w);
      em.flush();
    } else if (w.getStatus() != WeekStatus.UNFUNDED || !(insist || w.retryDue(now))) {
      return false;
    }
    Money amount = c.weeklyHold();
    String key = week.holdKey(c.getId());
    String reference = week.reference(c.getId());
    Optional<LedgerReceipt> held =
        insist
            ? Optional.of(ledger.hold(key, c.getClientId(), amount, reference))
            : ledger.holdIfCovered(key, c.getClientId(), amount, reference);
    if (held.isPresent()) {
      w.funded(held.get().holdId(), amount);
      boolean resumed = c.resume();
      history.record(
          c,
          null,
          actor,
          "WEEK_FUNDED",
          capitalised(week.label())
              + ": "
              + amount.format()
              + " held in escrow for up to "
              + c.getWeeklyCapHours()
              + " h"
              + (resumed ? "; the contract runs again." : "."),
          null);
      events.fire(
          new HourlyWeekFunded(
              header(),
              c.getId(),
              c.getClientId(),
              c.getFreelancerId(),
              week.start().toString(),
              amount.minorUnits(),
              amount.currencyCode()));
      return true;
    }
    w.unfunded(now);
    // told once per week that cannot be funded, not at every try
    if (c.pause() || opened) {
      history.record(
          c,
          null,
          actor,
          "WEEK_UNFUNDED",
          capitalised(week.label())
              + ": the client's wallet does not cover "
              + amount.format()
              + "; the contract is paused until it does.",
          null);
      events.fire(
          new HourlyContractPaused(
              header(),
              c.getId(),
              c.getClientId(),
              c.getFreelancerId(),
              week.start().toString(),
              amount.minorUnits(),
              amount.currencyCode()));
    }
    return true;
  }

  private DomainEvent.Header header() {
    return DomainEvent.header(
        tenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant")),
        clock.instant());
  }

  static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
