package com.marketplace.subscriptions.control;

import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
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
import java.util.Optional;

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
    return visible(found(em.find(Subscription.class, id), "subscription"));
  }

  public Subscription subscriptionForUpdate(long id) {
    return visible(
        found(em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE), "subscription"));
  }

  /**
   * The owner (and a program with the workspace's token) reaches every subscription of the
   * workspace; a customer in the portal only their own: the customer who is them (a member) or has
   * their email (a portal account). Anyone else's is "not found".
   */
  private Subscription visible(Subscription s) {
    Optional<Member> member = callingMember();
    if (member.isEmpty() || member.get().getRole() == Role.OWNER) {
      return s;
    }
    Customer customer = em.find(Customer.class, s.getCustomerId());
    if (customer == null || !isCustomer(customer, member.get())) {
      throw new NotFoundException("There is no such subscription.");
    }
    return s;
  }

  /** Whether the customer is the member: themselves, or (a portal account) their email. */
  public static boolean isCustomer(Customer customer, Member member) {
    return (customer.getMemberId() != null && customer.getMemberId().equals(member.getId()))
        || (member.getRole() == Role.PORTAL
            && customer.getEmail() != null
            && customer.getEmail().strip().equalsIgnoreCase(member.getEmail()));
  }

  /** The member calling, if a member (not a program with a token) calls. */
  public Optional<Member> callingMember() {
    try {
      return Optional.ofNullable(em.find(Member.class, caller.ref().memberId()));
    } catch (com.marketplace.platform.AccessDeniedException e) {
      return Optional.empty();
    }
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
