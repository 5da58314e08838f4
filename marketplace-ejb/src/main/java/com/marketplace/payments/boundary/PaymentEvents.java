package com.marketplace.payments.boundary;

import com.marketplace.payments.control.PaymentOutcomes;
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
import java.util.Optional;

/**
 * What providers tell us after the fact: a pending top-up succeeded or failed, a payout was paid or
 * failed. Each provider event is processed once (its id is recorded in the same transaction as its
 * effect); an event for a payment that is already final changes nothing. Reached from the verified
 * webhook endpoint, never from members.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class PaymentEvents {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject PaymentOutcomes outcomes;
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
                outcomes.settle(
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
                outcomes.settle(
                    w,
                    kind == Kind.PAYOUT_PAID ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED,
                    failure));
        return withdrawal.isPresent();
      }
    }
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
