package com.marketplace.payments.boundary;

import com.marketplace.platform.tenant.TenantContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Settles sandbox charges that fail after a delay. Their due time is a database column, so a
 * restart loses nothing; each tenant is settled in its own transaction, and settling is idempotent,
 * so several instances running this scan at once do no harm.
 */
@Singleton
public class SandboxSettlement {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject TenantContext tenantContext;
  @Inject PaymentEvents events;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void settle() {
    for (Long tenantId : em.createQuery("SELECT t.id FROM Tenant t", Long.class).getResultList()) {
      tenantContext.use(tenantId);
      events.settleDueSandboxCharges();
    }
  }
}
