package com.marketplace.subscriptions.control;

import com.marketplace.identity.control.Caller;
import com.marketplace.platform.NotFoundException;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.Subscription;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Finds the workspace's plans, customers and subscriptions by id (the tenant filter hides every
 * other workspace's, which are "not found" like those that do not exist), locked for a change where
 * asked.
 */
@Dependent
public class SubscriptionAccess {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Tenants tenants;

  public Plan plan(long id) {
    return found(em.find(Plan.class, id), "plan");
  }

  public Plan planForUpdate(long id) {
    return found(em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE), "plan");
  }

  public Customer customer(long id) {
    return found(em.find(Customer.class, id), "customer");
  }

  public Customer customerForUpdate(long id) {
    return found(em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE), "customer");
  }

  public Subscription subscription(long id) {
    return found(em.find(Subscription.class, id), "subscription");
  }

  public Subscription subscriptionForUpdate(long id) {
    return found(em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE), "subscription");
  }

  public long me() {
    return caller.ref().memberId();
  }

  /** The caller's workspace, a member's or an API token's. */
  public long tenantId() {
    return caller.tenantId();
  }

  public String currency() {
    return tenants.get(caller.tenantId()).currency();
  }

  private static <T> T found(T entity, String what) {
    if (entity == null) {
      throw new NotFoundException("There is no such " + what + ".");
    }
    return entity;
  }
}
