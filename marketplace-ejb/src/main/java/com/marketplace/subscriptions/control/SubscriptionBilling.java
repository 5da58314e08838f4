package com.marketplace.subscriptions.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.SubscriptionBillingFailed;
import com.marketplace.invoicing.control.InvoiceIssuing;
import com.marketplace.invoicing.control.InvoiceSettlement;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.subscriptions.control.BillingStep.Point;
import com.marketplace.subscriptions.control.SubscriptionCharges.Outcome;
import com.marketplace.subscriptions.entity.BillingPeriod;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.Plan;
import com.marketplace.subscriptions.entity.Proration;
import com.marketplace.subscriptions.entity.Subscription;
import com.marketplace.subscriptions.entity.SubscriptionBill;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bills one subscription, its row locked by the caller, inside the caller's transaction: each
 * period due gets one bill, one invoice issued by the workspace, and one charge (the database
 * refuses a second invoice for the same period when it is written, before the charge, and a second
 * bill when the bill is written, complete, at the end); a failed charge starts dunning, and a bill
 * whose retry or provider answer is due is charged or asked about again. Everything of a
 * subscription commits together or not at all, so a billing run stopped anywhere and run again
 * bills nothing twice and misses nothing.
 */
@Dependent
public class SubscriptionBilling {

  /** How many missed periods one visit catches up on; the rest on the next. */
  static final int CATCH_UP_MAX = 12;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject SubscriptionCharges charges;
  @Inject InvoiceIssuing issuing;
  @Inject InvoiceSettlement settlement;
  @Inject TenantContext tenant;
  @Inject Event<DomainEvent> events;
  @Inject Event<BillingStep> steps;

  /**
   * Bills what is due of the subscription on {@code now}; answers the minor units charged. The
   * caller's transaction holds the subscription's row already (the billing run's claim, {@code
   * SELECT ... FOR UPDATE SKIP LOCKED}), so it is read as it stands: locking it again would only
   * make the persistence provider build a locking query for every subscription.
   */
  public long visit(long subscriptionId, Instant now) {
    Subscription s = em.find(Subscription.class, subscriptionId);
    if (s == null) {
      return 0;
    }
    step(Point.CLAIMED, s);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    long charged = 0;
    if (s.retryDue(now)) {
      charged += retry(s, now);
    }
    for (int n = 0; n < CATCH_UP_MAX && s.periodDue(today); n++) {
      if (s.endsNow(today)) {
        break;
      }
      charged += billPeriod(s, now);
      if (!s.getStatus().paying() || s.getNextRetryAt() != null) {
        break; // past due or waiting for the provider: no further period before that is settled
      }
    }
    return charged;
  }

  /**
   * Reads the subscriptions, their customers and plans in three statements, for a group of
   * subscriptions the caller's transaction has claimed: each visit then finds them read.
   */
  public void prepare(List<Long> subscriptionIds) {
    List<Subscription> subscriptions =
        em.createQuery("SELECT s FROM Subscription s WHERE s.id IN :ids", Subscription.class)
            .setParameter("ids", subscriptionIds)
            .getResultList();
    if (subscriptions.isEmpty()) {
      return;
    }
    em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
        .setParameter(
            "ids", subscriptions.stream().map(Subscription::getCustomerId).distinct().toList())
        .getResultList();
    em.createQuery("SELECT p FROM Plan p WHERE p.id IN :ids", Plan.class)
        .setParameter(
            "ids", subscriptions.stream().map(Subscription::getPlanId).distinct().toList())
        .getResultList();
  }

  /** Bills a plan change's prorated difference now (a positive net), as a period is billed. */
  public long billChange(Subscription s, Plan plan, Proration p, Instant now) {
    Customer customer = em.find(Customer.class, s.getCustomerId());
    var bill =
        new SubscriptionBill(
            s.getId(),
            SubscriptionBill.Kind.CHANGE,
            p.on(),
            p.periodEnd(),
            p.net(),
            plan.getCurrency(),
            now);
    String line =
        "Change to "
            + plan.getName()
            + ", "
            + DAY.format(p.periodStart())
            + " – "
            + DAY.format(p.periodEnd().minusDays(1))
            + " (less the unused part of the previous plan)";
    Invoice invoice = invoice(s, customer, bill, line, now);
    return charge(s, customer, bill, plan, invoice, now);
  }

  private long billPeriod(Subscription s, Instant now) {
    Plan plan = em.find(Plan.class, s.getPlanId());
    Customer customer = em.find(Customer.class, s.getCustomerId());
    BillingPeriod period = s.nextPeriod(plan.getInterval());
    long price = plan.getPrice();
    long credit = s.billed(plan.getInterval(), price);
    var bill =
        new SubscriptionBill(
            s.getId(),
            SubscriptionBill.Kind.PERIOD,
            period.start(),
            period.end(),
            price - credit,
            plan.getCurrency(),
            now);
    step(Point.BILLED, s);
    if (bill.getAmount() == 0) {
      bill.paid(now); // the credit of a plan change covered it
      em.persist(bill);
      return 0;
    }
    String line =
        plan.getName()
            + ", "
            + DAY.format(period.start())
            + " – "
            + DAY.format(period.end().minusDays(1))
            + (credit > 0
                ? " (less " + Money.of(credit, plan.getCurrency()).format() + " credit)"
                : "");
    Invoice invoice = invoice(s, customer, bill, line, now);
    return charge(s, customer, bill, plan, invoice, now);
  }

  /** Issues the bill's invoice, which this transaction wrote and so holds. */
  private Invoice invoice(
      Subscription s, Customer customer, SubscriptionBill bill, String line, Instant now) {
    var invoice =
        new Invoice(
            Issuers.WORKSPACE,
            null,
            customer.recipient(),
            bill.getCurrency(),
            0,
            "Subscription " + s.getId() + ". Paid by " + method(customer) + ".",
            bill.sourceKey(), // unique: a second invoice of the period is refused, before a charge
            now);
    invoice.add(
        List.of(
            new LineItem(
                line,
                BigDecimal.ONE,
                "C62",
                bill.getAmount(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null,
                null,
                false)));
    em.persist(invoice);
    em.flush();
    issuing.issue(invoice, null, now, false); // printed by the print queue, then announced
    invoice.nextNoticeAt(null); // dunning tells the customer, not invoice reminders
    bill.invoiced(invoice.getId());
    step(Point.INVOICED, s);
    return invoice;
  }

  /**
   * Charges the bill's next attempt and records how it went; {@code invoice}: the bill's invoice
   * when this transaction issued it, else null (read and locked if the charge is paid).
   */
  private long charge(
      Subscription s,
      Customer customer,
      SubscriptionBill bill,
      Plan plan,
      Invoice invoice,
      Instant now) {
    bill.attempt();
    Outcome outcome = charges.charge(customer, bill);
    step(Point.CHARGED, s);
    long charged = record(s, customer, bill, plan, invoice, outcome, now);
    if (bill.getId() == null) {
      em.persist(bill); // written once, as it ends, with the rest at the item's flush
    }
    step(Point.DONE, s);
    return charged;
  }

  private long retry(Subscription s, Instant now) {
    Optional<SubscriptionBill> open =
        em.createNamedQuery(SubscriptionBill.OPEN, SubscriptionBill.class)
            .setParameter("subscription", s.getId())
            .setParameter(
                "open", List.of(SubscriptionBill.Status.PENDING, SubscriptionBill.Status.FAILED))
            .getResultStream()
            .findFirst();
    Plan plan = em.find(Plan.class, s.getPlanId());
    Customer customer = em.find(Customer.class, s.getCustomerId());
    if (open.isEmpty()) {
      s.chargeSucceeded(); // nothing open: nothing to retry
      return 0;
    }
    SubscriptionBill bill = open.get();
    if (bill.getStatus() == SubscriptionBill.Status.PENDING) {
      return record(s, customer, bill, plan, null, charges.recheck(bill), now);
    }
    return charge(s, customer, bill, plan, null, now);
  }

  private long record(
      Subscription s,
      Customer customer,
      SubscriptionBill bill,
      Plan plan,
      Invoice invoice,
      Outcome outcome,
      Instant now) {
    if (outcome.status() == PaymentStatus.SUCCEEDED) {
      bill.paid(now);
      s.chargeSucceeded();
      paid(customer, bill, invoice, now);
      return bill.getAmount();
    }
    if (outcome.status() == PaymentStatus.PENDING) {
      bill.pending();
      s.awaitCharge(now.plus(outcome.askAgainIn()));
      return 0;
    }
    bill.failed(outcome.failure());
    Optional<Instant> next = s.chargeFailed(bill.getBilledAt(), now);
    if (next.isEmpty()) {
      bill.unpaid();
    }
    events.fire(
        new SubscriptionBillingFailed(
            DomainEvent.header(tenantId(), now),
            s.getId(),
            customer.getMemberId(),
            customer.getEmail(),
            customer.getName(),
            plan.getName(),
            bill.getAmount(),
            bill.getCurrency(),
            bill.getAttempts(),
            next.map(at -> DAY.format(LocalDate.ofInstant(at, ZoneOffset.UTC))).orElse(null),
            bill.getFailure()));
    return 0;
  }

  /**
   * The bill's invoice takes the payment: paid, its receipt printed. An invoice this transaction
   * issued is taken as it is (its new row is this transaction's alone); an earlier one is read and
   * locked.
   */
  private void paid(Customer customer, SubscriptionBill bill, Invoice issued, Instant now) {
    if (bill.getInvoiceId() == null) {
      return;
    }
    Invoice invoice =
        issued != null
            ? issued
            : em.find(Invoice.class, bill.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
    var payment =
        new InvoicePayment(
            invoice.getId(),
            customer.getMemberId(),
            null,
            customer.paymentMethod() == Customer.PaymentMethod.WALLET
                ? PaymentMethod.WALLET
                : PaymentMethod.CARD,
            bill.getAmount(),
            bill.chargeKey(),
            "Subscription",
            now);
    em.persist(payment);
    settlement.succeeded(invoice, payment, false, null, false);
  }

  private static String method(Customer customer) {
    return customer.paymentMethod() == Customer.PaymentMethod.WALLET
        ? "the wallet"
        : "card ending " + customer.getCardLast4();
  }

  private void step(Point point, Subscription s) {
    steps.fire(new BillingStep(point, s.getId()));
  }

  private long tenantId() {
    return tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
  }
}
