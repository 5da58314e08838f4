package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.identity.entity.CustomerContact;
import com.marketplace.identity.entity.Member;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Texts;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.CustomerDetails;
import com.marketplace.subscriptions.entity.CustomerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The workspace's customers (S2): members of the workspace, who pay from their wallet, and people
 * known only for billing, who pay by card. One customer per email and per member.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class Customers {

  public static final int PAGE_MAX = 100;
  public static final int SEARCH_MAX = 120;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionAccess access;
  @Inject Clock clock;
  @Inject Event<CustomerContact> contacts;

  public CustomerView create(CustomerDetails details) {
    Member member = null;
    if (details.memberId() != null) {
      member = em.find(Member.class, details.memberId());
      if (member == null) {
        throw new InvalidInputException("There is no such member in this workspace.");
      }
    }
    var customer = new Customer(details, member, clock.instant());
    requireFree(customer.getEmail(), customer.getMemberId(), null);
    em.persist(customer);
    em.flush();
    announce(customer);
    return CustomerView.of(customer);
  }

  public CustomerView change(long customerId, CustomerDetails details) {
    Customer customer = access.customerForUpdate(customerId);
    customer.change(details);
    requireFree(customer.getEmail(), null, customerId);
    announce(customer);
    return CustomerView.of(customer);
  }

  /**
   * A customer known only for billing, in this transaction: its portal account is made with it (a
   * member uses their own account).
   */
  private void announce(Customer customer) {
    if (customer.getMemberId() == null) {
      contacts.fire(
          new CustomerContact(access.tenantId(), customer.getEmail(), customer.getName()));
    }
  }

  @RolesAllowed({OWNER, API})
  public CustomerView get(long customerId) {
    return CustomerView.of(access.customer(customerId));
  }

  /** A page of customers whose name or email has the text in it (all without text), by name. */
  @RolesAllowed({OWNER, API})
  public List<CustomerView> list(String text, int first, int max) {
    return query(text, "SELECT c FROM Customer c", " ORDER BY c.name, c.id", Customer.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
        .getResultStream()
        .map(CustomerView::of)
        .toList();
  }

  @RolesAllowed({OWNER, API})
  public long count(String text) {
    return query(text, "SELECT COUNT(c) FROM Customer c", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String text, String select, String order, Class<T> type) {
    String q = Texts.optional(text, "search text", SEARCH_MAX);
    if (q == null) {
      return em.createQuery(select + order, type);
    }
    return em.createQuery(
            select
                + " WHERE LOWER(c.name) LIKE :q ESCAPE '"
                + Texts.LIKE_ESCAPE
                + "' OR c.email LIKE :q ESCAPE '"
                + Texts.LIKE_ESCAPE
                + "'"
                + order,
            type)
        .setParameter("q", Texts.containing(q.toLowerCase(Locale.ROOT)));
  }

  private void requireFree(String email, Long memberId, Long except) {
    List<Customer> same =
        em.createQuery(
                "SELECT c FROM Customer c WHERE c.email = :email OR c.memberId = :member",
                Customer.class)
            .setParameter("email", email)
            .setParameter("member", memberId == null ? -1L : memberId)
            .getResultList();
    if (same.stream().anyMatch(c -> !c.getId().equals(except))) {
      throw new ConflictException("There is a customer with this email or member already.");
    }
  }
}
