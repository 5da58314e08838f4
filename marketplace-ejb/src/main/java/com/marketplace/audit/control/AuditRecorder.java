package com.marketplace.audit.control;

import com.marketplace.audit.entity.AuditEvent;
import com.marketplace.platform.tenant.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes an audit event in a transaction of its own, committed whatever becomes of the caller's:
 * for what must be kept although nothing else is (a failed sign-in). Only {@link AuditTrail} calls
 * it.
 */
@Stateless
@PermitAll
public class AuditRecorder {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(long tenantId, AuditEvent event) {
    TenantFilter.scopeTo(em, tenantId);
    em.persist(event);
  }
}
