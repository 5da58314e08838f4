package com.marketplace.subscriptions.boundary;

import static com.marketplace.identity.entity.Role.Names.API;
import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.identity.entity.Role;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Money;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionAccess;
import com.marketplace.subscriptions.control.SubscriptionBilling;
import com.marketplace.subscriptions.entity.BillView;
import com.marketplace.subscriptions.entity.ChangePreview;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.Proration;
import com.marketplace.subscriptions.entity.Subscription;
import com.marketplace.subscriptions.entity.SubscriptionBill;
import com.marketplace.subscriptions.entity.SubscriptionStatus;
import com.marketplace.subscriptions.entity.SubscriptionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workspace's subscriptions (S3): a customer subscribed to a plan from a day (a trial first if
 * the plan has one); cancelled now or at the period's end; moved to another plan after the owner
 * saw what it costs (the preview is what is charged: a confirmation whose figure no longer holds is
 * refused and shown again). The first period is billed by the billing run, like all the others.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(OWNER)
public class Subscriptions {

  public static final int PAGE_MAX = 100;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionAccess access;
  @Inject SubscriptionBilling billing;
  @Inject Clock clock;

  /** Subscribes the customer to the plan from {@code startOn} (today when null). */
  public SubscriptionView subscribe(long customerId, long planId, LocalDate startOn) {
    Customer customer = access.customer(customerId);
    Plan plan = access.plan(planId);
    LocalDate start = startOn == null ? today() : startOn;
    var subscription = new Subscription(customer.getId(), plan, start, today(), clock.instant());
    em.persist(subscription);
    em.flush();
    return view(subscription);
  }

  @RolesAllowed({OWNER, API, PORTAL, CLIENT})
  public SubscriptionView get(long subscriptionId) {
    return view(access.subscription(subscriptionId));
  }

  /** A page of subscriptions, newest first; of one status, customer or plan when given. */
  @RolesAllowed({OWNER, API})
  public List<SubscriptionView> list(
      SubscriptionStatus status, Long customerId, Long planId, int first, int max) {
    List<Subscription> page =
        em.createQuery(
                "SELECT s FROM Subscription s WHERE (:status IS NULL OR s.status = :status)"
                    + " AND (:customer IS NULL OR s.customerId = :customer)"
                    + " AND (:plan IS NULL OR s.planId = :plan) ORDER BY s.id DESC",
                Subscription.class)
            .setParameter("status", status)
            .setParameter("customer", customerId)
            .setParameter("plan", planId)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
            .getResultList();
    Map<Long, Customer> customers = new HashMap<>();
    Map<Long, Plan> plans = new HashMap<>();
    List<SubscriptionView> views = new ArrayList<>();
    for (Subscription s : page) {
      Customer c = customers.computeIfAbsent(s.getCustomerId(), access::customer);
      Plan p = plans.computeIfAbsent(s.getPlanId(), access::plan);
      views.add(SubscriptionView.of(s, c, p, List.of()));
    }
    return views;
  }

  @RolesAllowed({OWNER, API})
  public long count(SubscriptionStatus status, Long customerId, Long planId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Subscription s WHERE (:status IS NULL OR s.status = :status)"
                + " AND (:customer IS NULL OR s.customerId = :customer)"
                + " AND (:plan IS NULL OR s.planId = :plan)",
            Long.class)
        .setParameter("status", status)
        .setParameter("customer", customerId)
        .setParameter("plan", planId)
        .getSingleResult();
  }

  /**
   * The subscriptions of the customer the caller is, newest first: the customer made of them (a
   * client member or a portal account), or one with their email when the workspace made them a
   * portal account for it (the same rule as {@code SubscriptionAccess.isCustomer}).
   */
  @RolesAllowed({PORTAL, CLIENT})
  public List<SubscriptionView> mine() {
    var me = access.callingMember().orElseThrow();
    boolean byEmail = me.getRole() == Role.PORTAL;
    var query =
        em.createQuery(
                "SELECT s FROM Subscription s, Customer c WHERE s.customerId = c.id AND "
                    + (byEmail
                        ? "(c.memberId = :me OR LOWER(c.email) = :email)"
                        : "c.memberId = :me")
                    + " ORDER BY s.id DESC",
                Subscription.class)
            .setParameter("me", me.getId());
    if (byEmail) {
      query.setParameter("email", me.getEmail());
    }
    return query.setMaxResults(PAGE_MAX).getResultList().stream().map(this::view).toList();
  }

  /**
   * The customer of one of the caller's subscriptions takes a new card for its next bills; answers
   * its last four digits.
   */
  @RolesAllowed({PORTAL, CLIENT})
  public String replaceCard(long subscriptionId, String card) {
    Subscription s = access.subscription(subscriptionId);
    Customer customer = access.customerForUpdate(s.getCustomerId());
    customer.replaceCard(card);
    return customer.getCardLast4();
  }

  /** The plans a customer may move to: the active ones. */
  @RolesAllowed({PORTAL, CLIENT})
  public List<com.marketplace.subscriptions.entity.PlanView> plansOnOffer() {
    return em
        .createQuery("SELECT p FROM Plan p WHERE p.active = TRUE ORDER BY p.name", Plan.class)
        .getResultList()
        .stream()
        .map(p -> com.marketplace.subscriptions.entity.PlanView.of(p, 0))
        .toList();
  }

  /** What moving to the plan today costs, before the owner (or the customer) confirms. */
  @RolesAllowed({OWNER, PORTAL, CLIENT})
  public ChangePreview previewChange(long subscriptionId, long planId) {
    Subscription s = access.subscription(subscriptionId);
    Plan old = access.plan(s.getPlanId());
    Plan plan = access.plan(planId);
    return preview(s, old, plan, s.prorate(old, plan, today()));
  }

  /**
   * Moves the subscription to the plan, as previewed: {@code expectedNet} (minor units) is the
   * preview's resulting amount; when it no longer holds (a day passed, a price changed) the change
   * is refused and the preview is to be read again. A positive amount is billed at once.
   */
  @RolesAllowed({OWNER, PORTAL, CLIENT})
  public SubscriptionView changePlan(long subscriptionId, long planId, long expectedNet) {
    Subscription s = access.subscriptionForUpdate(subscriptionId);
    Plan old = access.plan(s.getPlanId());
    Plan plan = access.plan(planId);
    Proration proration = s.prorate(old, plan, today());
    long net = proration == null ? 0 : proration.net();
    if (net != expectedNet) {
      throw new ConflictException(
          "What the change costs is now "
              + Money.of(net, plan.getCurrency()).format()
              + ", not "
              + Money.of(expectedNet, plan.getCurrency()).format()
              + ": read the preview again.");
    }
    s.changePlan(plan, proration);
    if (proration != null && proration.net() > 0) {
      billing.billChange(s, plan, proration, clock.instant());
    }
    return view(s);
  }

  public SubscriptionView cancelNow(long subscriptionId) {
    Subscription s = access.subscriptionForUpdate(subscriptionId);
    s.cancelNow(today());
    em.createNamedQuery(SubscriptionBill.OPEN, SubscriptionBill.class)
        .setParameter("subscription", s.getId())
        .setParameter(
            "open", List.of(SubscriptionBill.Status.PENDING, SubscriptionBill.Status.FAILED))
        .getResultList()
        .forEach(SubscriptionBill::unpaid);
    return view(s);
  }

  @RolesAllowed({OWNER, PORTAL, CLIENT})
  public SubscriptionView cancelAtPeriodEnd(long subscriptionId) {
    Subscription s = access.subscriptionForUpdate(subscriptionId);
    s.cancelAtPeriodEnd(clock.instant());
    return view(s);
  }

  /** Takes back a cancellation at the period's end. */
  public SubscriptionView keep(long subscriptionId) {
    Subscription s = access.subscriptionForUpdate(subscriptionId);
    s.keep();
    return view(s);
  }

  private ChangePreview preview(Subscription s, Plan old, Plan plan, Proration p) {
    String currency = plan.getCurrency();
    if (p == null) {
      return new ChangePreview(
          s.getId(),
          old.getName(),
          plan.getName(),
          List.of(
              new ChangePreview.Line(
                  "Nothing billed yet: "
                      + plan.getName()
                      + " bills from "
                      + DAY.format(s.getNextBillOn()),
                  Money.zero(currency))),
          Money.zero(currency));
    }
    return new ChangePreview(
        s.getId(),
        old.getName(),
        plan.getName(),
        List.of(
            new ChangePreview.Line(
                "Unused time on "
                    + old.getName()
                    + " ("
                    + p.remainingDays()
                    + " of "
                    + p.periodDays()
                    + " days)",
                Money.of(-p.credit(), currency)),
            new ChangePreview.Line(
                plan.getName()
                    + ", "
                    + DAY.format(p.periodStart())
                    + " – "
                    + DAY.format(p.periodEnd().minusDays(1)),
                Money.of(p.charge(), currency))),
        Money.of(p.net(), currency));
  }

  private SubscriptionView view(Subscription s) {
    List<SubscriptionBill> bills =
        em.createNamedQuery(SubscriptionBill.OF_SUBSCRIPTION, SubscriptionBill.class)
            .setParameter("subscription", s.getId())
            .setMaxResults(24)
            .getResultList();
    Set<Long> invoiceIds =
        bills.stream()
            .map(SubscriptionBill::getInvoiceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, String> numbers = new HashMap<>();
    if (!invoiceIds.isEmpty()) {
      em.createQuery("SELECT i.id, i.number FROM Invoice i WHERE i.id IN :ids", Object[].class)
          .setParameter("ids", invoiceIds)
          .getResultList()
          .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
    }
    return SubscriptionView.of(
        s,
        access.customer(s.getCustomerId()),
        access.plan(s.getPlanId()),
        bills.stream().map(b -> BillView.of(b, numbers.get(b.getInvoiceId()))).toList());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
