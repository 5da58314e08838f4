package com.marketplace.audit.boundary;

import static com.marketplace.platform.tenant.SecurityGroups.API;
import static com.marketplace.platform.tenant.SecurityGroups.CLIENT;
import static com.marketplace.platform.tenant.SecurityGroups.FREELANCER;
import static com.marketplace.platform.tenant.SecurityGroups.OWNER;
import static com.marketplace.platform.tenant.SecurityGroups.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.audit.entity.AuditEvent;
import com.marketplace.audit.entity.AuditEventView;
import com.marketplace.audit.entity.AuditFilter;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The workspace's audit log as the owner reads it: filtered, newest first, a page at a time. It
 * only reads; nothing here or anywhere changes or deletes an event.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class AuditLog {

  /** The most events one page (or one step of an export) reads. */
  public static final int PAGE_MAX = 500;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject AuditTrail trail;

  /** The matching events, newest first, from {@code first} on, at most {@code max}. */
  @RolesAllowed({OWNER, API})
  public List<AuditEventView> find(AuditFilter filter, int first, int max) {
    TypedQuery<AuditEvent> query = em.createQuery(filter.jpql("e", true), AuditEvent.class);
    bind(query, filter);
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
        .getResultStream()
        .map(AuditEventView::of)
        .toList();
  }

  @RolesAllowed({OWNER, API})
  public long count(AuditFilter filter) {
    TypedQuery<Long> query = em.createQuery(filter.jpql("COUNT(e)", false), Long.class);
    bind(query, filter);
    return query.getSingleResult();
  }

  /**
   * The newest event's id, 0 when there is none: where an export stops ({@link AuditFilter#upTo}).
   */
  @RolesAllowed({OWNER, API})
  public long lastId() {
    Long last = em.createQuery("SELECT MAX(e.id) FROM AuditEvent e", Long.class).getSingleResult();
    return last == null ? 0 : last;
  }

  /** Notes that the caller signs out (the web layer ends the session after this). */
  @RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
  public void signingOut() {
    trail.record(AuditAction.SIGN_OUT);
  }

  private static void bind(Query query, AuditFilter filter) {
    filter.parameters().forEach(query::setParameter);
  }
}
