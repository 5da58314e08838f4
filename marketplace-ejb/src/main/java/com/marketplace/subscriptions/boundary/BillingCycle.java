package com.marketplace.subscriptions.boundary;

import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionBilling;
import com.marketplace.subscriptions.entity.RunSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The billing run (S4): every subscription with a period due, or a retry or a provider's answer
 * due, is billed in a transaction of its own, claimed first so that two runs (two instances, the
 * timer and the owner's button) never bill one subscription at once. Reached from {@link
 * BillingScan}'s timer for every workspace, from {@link BillingRuns} for the owner's, and by tests
 * with a clock of their choosing.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class BillingCycle {

  static final String DUE_CONDITION =
      "(status IN ('TRIALING', 'ACTIVE') AND next_bill_on <= :now)"
          + " OR (status <> 'CANCELLED' AND next_retry_at <= :now)";

  /** Every workspace's due subscriptions. */
  public static final Due DUE = Due.perTenant("billing", "subscription", DUE_CONDITION);

  @Inject DueWork work;
  @Inject SubscriptionBilling billing;
  @Inject TenantContext tenant;

  /** The due subscriptions of one workspace. */
  public static Due dueIn(long tenantId) {
    return Due.perTenant(
        "billing-" + tenantId,
        "subscription",
        "tenant_id = " + tenantId + " AND (" + DUE_CONDITION + ")");
  }

  /** How many subscriptions are due at the clock's time. */
  public int due(Due due, Clock clock) {
    return work.count(due, clock.instant());
  }

  /**
   * Bills what is due as of the clock's time; {@code report} hears of each subscription as it ends
   * (billed, or failed and still due).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunSummary run(Due due, Clock clock, Consumer<RunSummary> report) {
    AtomicInteger processed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong charged = new AtomicLong();
    AtomicLong last = new AtomicLong();
    // a pass takes a bounded number of rounds; passes follow one another while they bill
    int before;
    do {
      before = processed.get();
      pass(due, clock, processed, failed, charged, last, report);
    } while (processed.get() > before);
    return new RunSummary(processed.get(), failed.get(), charged.get());
  }

  private void pass(
      Due due,
      Clock clock,
      AtomicInteger processed,
      AtomicInteger failed,
      AtomicLong charged,
      AtomicLong last,
      Consumer<RunSummary> report) {
    work.run(
        due,
        clock,
        id -> last.set(billing.visit(id, clock.instant())),
        (id, done) -> {
          long item = last.getAndSet(0);
          RunSummary one = done ? new RunSummary(1, 0, item) : new RunSummary(0, 1, 0);
          processed.addAndGet(one.processed());
          failed.addAndGet(one.failed());
          charged.addAndGet(one.charged());
          report.accept(one);
        });
  }
}
