package com.marketplace.payments.boundary;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.payments.control.PaymentNotices;
import com.marketplace.payments.control.SandboxGateway;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.WebhookEvent;
import com.marketplace.payments.entity.Withdrawal;
import com.marketplace.platform.Persistence;
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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What providers tell us after the fact: a pending top-up succeeded or failed, a payout was paid or
 * failed. Each provider event is processed once (its id is recorded in the same transaction as its
 * effect); an event for a payment that is already final changes nothing. Reached from the verified
 * webhook endpoint and the sandbox's own settlement, never from members.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PaymentEvents {

  private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject PaymentNotices notices;
  @Inject SandboxGateway sandbox;
  @Inject Clock clock;

  public enum Kind {
    CHARGE_SUCCEEDED,
    CHARGE_FAILED,
    PAYOUT_PAID,
    PAYOUT_FAILED
  }

  /**
   * Applies one provider event in the current tenant; answers false when it was seen before or
   * concerns nothing we know.
   */
  public boolean onProviderEvent(
      String provider, String eventId, Kind kind, String providerRef, String failure) {
    if (!Persistence.persistUnique(
        em, new WebhookEvent(provider, eventId, kind.name(), clock.instant()))) {
      return false;
    }
    switch (kind) {
      case CHARGE_SUCCEEDED, CHARGE_FAILED -> {
        Optional<TopUp> topUp = locked(TopUp.BY_PROVIDER_REF, TopUp.class, provider, providerRef);
        topUp.ifPresent(
            t ->
                settle(
                    t,
                    kind == Kind.CHARGE_SUCCEEDED ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED,
                    failure));
        return topUp.isPresent();
      }
      default -> {
        Optional<Withdrawal> withdrawal =
            locked(Withdrawal.BY_PROVIDER_REF, Withdrawal.class, provider, providerRef);
        withdrawal.ifPresent(
            w ->
                applyPayout(
                    ledger,
                    notices,
                    w,
                    kind == Kind.PAYOUT_PAID ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED,
                    failure));
        return withdrawal.isPresent();
      }
    }
  }

  /** Sandbox charges that were accepted first and fail later: settles those that are due. */
  public int settleDueSandboxCharges() {
    List<TopUp> due =
        em.createNamedQuery(TopUp.DUE, TopUp.class)
            .setParameter("pending", PaymentStatus.PENDING)
            .setParameter("now", clock.instant())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setMaxResults(100)
            .getResultList();
    due.stream()
        .filter(t -> t.getProvider().equals(SandboxGateway.NAME))
        .forEach(t -> settle(t, PaymentStatus.FAILED, sandbox.lateFailure()));
    return due.size();
  }

  private void settle(TopUp topUp, PaymentStatus outcome, String failure) {
    if (outcome == PaymentStatus.SUCCEEDED && !topUp.getStatus().isFinal()) {
      credit(ledger, notices, topUp);
    }
    if (!topUp.settle(outcome, failure)) {
      LOG.fine(() -> "Top-up " + topUp.getId() + " is already " + topUp.getStatus());
    }
  }

  /** Credits a confirmed top-up: one ledger entry per top-up, whatever repeats. */
  static void credit(LedgerCommands ledger, PaymentNotices notices, TopUp topUp) {
    ledger.topUp(
        "topup:" + topUp.getId(),
        topUp.getMemberId(),
        topUp.getAmount(),
        topUp.getCurrency(),
        topUp.getProvider(),
        "topup:" + topUp.getId());
    notices.announce(PaymentNotices.TOP_UP_CONFIRMED, topUp);
  }

  /** Pays a withdrawal out of, or back into, the member's wallet once its payout is final. */
  static void applyPayout(
      LedgerCommands ledger,
      PaymentNotices notices,
      Withdrawal withdrawal,
      PaymentStatus outcome,
      String failure) {
    if (!outcome.isFinal() || withdrawal.getStatus().isFinal()) {
      return;
    }
    String key = "payout:" + withdrawal.getId();
    if (outcome == PaymentStatus.SUCCEEDED) {
      ledger.withdrawalPaid(key, withdrawal.getHoldId(), withdrawal.getProvider());
    } else {
      ledger.withdrawalFailed(key, withdrawal.getHoldId());
    }
    withdrawal.settle(outcome, failure);
    notices.announce(
        outcome == PaymentStatus.SUCCEEDED
            ? PaymentNotices.WITHDRAWAL_PAID
            : PaymentNotices.WITHDRAWAL_FAILED,
        withdrawal);
  }

  private <T> Optional<T> locked(String query, Class<T> type, String provider, String ref) {
    return em.createNamedQuery(query, type)
        .setParameter("provider", provider)
        .setParameter("ref", ref)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
