package com.marketplace.subscriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One period of a subscription billed (or a plan change's prorated difference): its invoice and how
 * its payment went. At most one per (subscription, kind, period start), which the database keeps.
 */
@Entity
@Table(name = "subscription_bill")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
@NamedQuery(
    name = SubscriptionBill.OPEN,
    query =
        "SELECT b FROM SubscriptionBill b WHERE b.subscriptionId = :subscription"
            + " AND b.status IN :open ORDER BY b.id")
@NamedQuery(
    name = SubscriptionBill.OF_SUBSCRIPTION,
    query =
        "SELECT b FROM SubscriptionBill b WHERE b.subscriptionId = :subscription"
            + " ORDER BY b.periodStart DESC, b.id DESC")
public class SubscriptionBill {

  public static final String OPEN = "SubscriptionBill.open";
  public static final String OF_SUBSCRIPTION = "SubscriptionBill.ofSubscription";
  public static final int FAILURE_MAX = 300;

  /** What was billed. */
  public enum Kind {
    PERIOD,
    CHANGE
  }

  /** How the bill's payment stands. */
  public enum Status {
    /** Charged, the provider's answer awaited. */
    PENDING,
    /** The last charge failed; dunning tries again. */
    FAILED,
    PAID,
    /** Dunning gave up, or the subscription was cancelled while it was open. */
    UNPAID
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subscription_id", nullable = false, updatable = false)
  private long subscriptionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "invoice_id")
  private Long invoiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  private String failure;

  @Column(name = "billed_at", nullable = false, updatable = false)
  private Instant billedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Version private long version;

  protected SubscriptionBill() {}

  public SubscriptionBill(
      long subscriptionId,
      Kind kind,
      LocalDate periodStart,
      LocalDate periodEnd,
      long amount,
      String currency,
      Instant now) {
    this.subscriptionId = subscriptionId;
    this.kind = kind;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.amount = amount;
    this.currency = currency;
    this.status = Status.PENDING;
    this.billedAt = now;
  }

  /**
   * The source key of this bill's invoice, made of what the bill is for as its charges' keys are:
   * the bill is written only once it is complete, after its invoice, so it has no id before.
   */
  public String sourceKey() {
    return "subscription-bill:" + subscriptionId + ":" + kind + ":" + periodStart;
  }

  /**
   * The key of this bill's charge number {@code attempts}: one charge per attempt, ever. Made of
   * what the bill is for, not of its row's id, so that a bill written again after its transaction
   * was lost asks the provider under the same key and gets the charge already made.
   */
  public String chargeKey() {
    return "subscription:" + subscriptionId + ":" + kind + ":" + periodStart + ":" + attempts;
  }

  /** Another attempt at the charge begins. */
  public void attempt() {
    attempts++;
  }

  public void invoiced(long invoiceId) {
    this.invoiceId = invoiceId;
  }

  public void paid(Instant now) {
    this.status = Status.PAID;
    this.paidAt = now;
    this.failure = null;
  }

  public void pending() {
    this.status = Status.PENDING;
  }

  public void failed(String why) {
    this.status = Status.FAILED;
    this.failure = why == null ? "The charge failed." : truncate(why);
  }

  public void unpaid() {
    this.status = Status.UNPAID;
  }

  private static String truncate(String s) {
    return s.length() <= FAILURE_MAX ? s : s.substring(0, FAILURE_MAX);
  }

  public Long getId() {
    return id;
  }

  public long getSubscriptionId() {
    return subscriptionId;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public long getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getFailure() {
    return failure;
  }

  public Instant getBilledAt() {
    return billedAt;
  }

  public Instant getPaidAt() {
    return paidAt;
  }
}
