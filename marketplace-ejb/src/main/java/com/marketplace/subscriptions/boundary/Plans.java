package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.PlanTerms;
import com.marketplace.subscriptions.entity.PlanView;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's plans (S1): created, changed (a new price applies from each subscriber's next
 * period), archived (no new subscribers; those it has keep it) and restored by the owner.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class Plans {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionAccess access;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public PlanView create(PlanTerms terms) {
    requireFreeName(terms.name(), null);
    var plan = new Plan(terms, access.currency(), clock.instant());
    em.persist(plan);
    em.flush();
    audit.record(AuditAction.PLAN_CREATED, "plan", plan.getId(), terms.name());
    return view(plan);
  }

  public PlanView change(long planId, PlanTerms terms) {
    Plan plan = access.planForUpdate(planId);
    requireFreeName(terms.name(), planId);
    plan.change(terms);
    audit.record(AuditAction.PLAN_CHANGED, "plan", planId, terms.name());
    return view(plan);
  }

  public PlanView archive(long planId) {
    Plan plan = access.planForUpdate(planId);
    plan.archive();
    audit.record(AuditAction.PLAN_ARCHIVED, "plan", planId);
    return view(plan);
  }

  public PlanView restore(long planId) {
    Plan plan = access.planForUpdate(planId);
    plan.restore();
    audit.record(AuditAction.PLAN_RESTORED, "plan", planId);
    return view(plan);
  }

  @RolesAllowed({OWNER, API})
  public PlanView get(long planId) {
    return view(access.plan(planId));
  }

  /** The plans, active first, by name; archived ones only when asked for. */
  @RolesAllowed({OWNER, API})
  public List<PlanView> list(boolean withArchived) {
    List<Plan> plans =
        em.createQuery(
                "SELECT p FROM Plan p"
                    + (withArchived ? "" : " WHERE p.active = TRUE")
                    + " ORDER BY p.active DESC, p.name",
                Plan.class)
            .getResultList();
    Map<Long, Long> live = new HashMap<>();
    em.createQuery(
            "SELECT s.planId, COUNT(s) FROM Subscription s WHERE s.status <> :cancelled"
                + " GROUP BY s.planId",
            Object[].class)
        .setParameter("cancelled", SubscriptionStatus.CANCELLED)
        .getResultList()
        .forEach(row -> live.put((Long) row[0], (Long) row[1]));
    return plans.stream().map(p -> PlanView.of(p, live.getOrDefault(p.getId(), 0L))).toList();
  }

  private PlanView view(Plan plan) {
    long live =
        em.createQuery(
                "SELECT COUNT(s) FROM Subscription s WHERE s.planId = :plan AND s.status <> :c",
                Long.class)
            .setParameter("plan", plan.getId())
            .setParameter("c", SubscriptionStatus.CANCELLED)
            .getSingleResult();
    return PlanView.of(plan, live);
  }

  private void requireFreeName(String name, Long except) {
    if (name == null) {
      return;
    }
    boolean taken =
        em.createQuery("SELECT p.id FROM Plan p WHERE LOWER(p.name) = :name", Long.class)
            .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new ConflictException("There is a plan named “" + name.strip() + "” already.");
    }
  }
}
