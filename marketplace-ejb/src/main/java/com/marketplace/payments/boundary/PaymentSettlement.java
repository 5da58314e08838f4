package com.marketplace.payments.boundary;

import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settles what providers left pending and we are to ask about again: a top-up or withdrawal whose
 * provider answer was never recorded (the instance stopped between the call and the answer), and
 * sandbox charges that fail after a delay. Their due time is a database column, so a restart loses
 * nothing; the provider is asked under the payment's own idempotency key, so nothing is charged or
 * paid out twice. Each payment is settled in its own transaction with its row locked, and settling
 * is idempotent, so several instances running this scan at once do no harm.
 */
@Singleton
public class PaymentSettlement {

  private static final Logger LOG = Logger.getLogger(PaymentSettlement.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenantContext;
  @Inject PaymentSteps steps;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void settle() {
    Instant now = clock.instant();
    for (Long tenantId : em.createQuery("SELECT t.id FROM Tenant t", Long.class).getResultList()) {
      tenantContext.use(tenantId);
      TenantFilter.scopeTo(em, tenantId);
      for (Long id : due("TopUp", now)) {
        try {
          steps.recheckTopUp(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Settling top-up " + id + " failed", e);
        }
      }
      for (Long id : due("Withdrawal", now)) {
        try {
          steps.recheckWithdrawal(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Settling withdrawal " + id + " failed", e);
        }
      }
    }
  }

  private java.util.List<Long> due(String entity, Instant now) {
    return em.createQuery(
            "SELECT p.id FROM " + entity + " p WHERE p.status = :pending AND p.checkAt <= :now",
            Long.class)
        .setParameter("pending", PaymentStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(100)
        .getResultList();
  }
}
