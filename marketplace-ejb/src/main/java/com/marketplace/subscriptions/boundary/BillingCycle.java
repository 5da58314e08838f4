package com.marketplace.subscriptions.boundary;

import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.scan.ForegroundWork;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The billing run (S4): every subscription with a period due, or a retry or a provider's answer
 * due, is billed, claimed first so that two runs (two instances, the timer and the owner's button)
 * never bill one subscription at once. Subscriptions are billed in groups of {@value #GROUP} per
 * transaction; a group that fails rolls back and its subscriptions are billed again one per
 * transaction, so a failing subscription fails alone and the others are billed. A run is {@link
 * ForegroundWork}: the print queue waits for its end to print the run's invoices and receipts, so
 * that the charges do not share the processor with the rendering. Reached from {@link
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

  /**
   * How many subscriptions one transaction bills: enough to spare most of a transaction's own cost,
   * few enough that the workspace's shared rows (numbering, invoice book, ledger balances, the
   * month's revenue), locked by the first, are not held long.
   */
  public static final int GROUP = 20;

  /**
   * How many due subscriptions a round of a pass reads: the due condition is a range on the billing
   * date, so each read goes through every subscription still due and sorts them to take the first.
   * With rounds of 100, a run of 100 000 read through them a thousand times.
   */
  public static final int BATCH = 1_000;

  /** Every workspace's due subscriptions. */
  public static final Due DUE = due("billing", DUE_CONDITION);

  @Inject DueWork work;
  @Inject SubscriptionBilling billing;
  @Inject TenantContext tenant;
  @Inject ForegroundWork foreground;

  /** The due subscriptions of one workspace. */
  public static Due dueIn(long tenantId) {
    return due("billing-" + tenantId, "tenant_id = " + tenantId + " AND (" + DUE_CONDITION + ")");
  }

  private static Due due(String name, String condition) {
    return Due.perTenant(name, "subscription", condition).inBatchesOf(BATCH).inGroupsOf(GROUP);
  }

  /** How many subscriptions are due at the clock's time. */
  public int due(Due due, Clock clock) {
    return work.count(due, clock.instant());
  }

  /**
   * Bills what is due as of the clock's time; {@code report} hears of each subscription as it ends
   * (billed, once its transaction committed, or failed and still due).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunSummary run(Due due, Clock clock, Consumer<RunSummary> report) {
    AtomicInteger processed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong charged = new AtomicLong();
    Map<Long, Long> billed = new HashMap<>(); // what each subscription's latest try charged
    // a pass takes a bounded number of rounds; passes follow one another while they bill
    try (var underway = foreground.begin()) {
      int before;
      do {
        before = processed.get();
        pass(due, clock, processed, failed, charged, billed, report);
      } while (processed.get() > before);
    }
    return new RunSummary(processed.get(), failed.get(), charged.get());
  }

  private void pass(
      Due due,
      Clock clock,
      AtomicInteger processed,
      AtomicInteger failed,
      AtomicLong charged,
      Map<Long, Long> billed,
      Consumer<RunSummary> report) {
    work.run(
        due,
        clock,
        // a group rolled back and billed again one by one tells the amount of its second try
        DueWork.Item.preparedBy(
            billing::prepare, id -> billed.put(id, billing.visit(id, clock.instant()))),
        (id, done) -> {
          Long item = billed.remove(id);
          RunSummary one =
              done ? new RunSummary(1, 0, item == null ? 0 : item) : new RunSummary(0, 1, 0);
          processed.addAndGet(one.processed());
          failed.addAndGet(one.failed());
          charged.addAndGet(one.charged());
          report.accept(one);
        });
  }
}
