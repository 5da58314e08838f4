package com.marketplace.subscriptions.boundary;

import com.marketplace.platform.scan.Due;
import com.marketplace.platform.scan.DueWork;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.subscriptions.control.SubscriptionBilling;
import com.marketplace.subscriptions.entity.RunSummary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The billing run (S4): every subscription with a period due, or a retry or a provider's answer
 * due, is billed in a transaction of its own, claimed first so that two runs (two instances, the
 * timer and the owner's button) never bill one subscription at once. The due subscriptions are
 * split by id into {@value #WORKERS} disjoint parts worked off at once, one on the caller's thread
 * and the others on the application's managed executor; each subscription is still claimed and
 * billed alone. Reached from {@link BillingScan}'s timer for every workspace, from {@link
 * BillingRuns} for the owner's, and by tests with a clock of their choosing.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class BillingCycle {

  static final String DUE_CONDITION =
      "(status IN ('TRIALING', 'ACTIVE') AND next_bill_on <= :now)"
          + " OR (status <> 'CANCELLED' AND next_retry_at <= :now)";

  /** How many parts of the due subscriptions are billed at once. */
  static final int WORKERS = 2;

  /** Every workspace's due subscriptions. */
  public static final Due DUE = Due.perTenant("billing", "subscription", DUE_CONDITION);

  @Inject DueWork work;
  @Inject SubscriptionBilling billing;
  @Resource ManagedExecutorService executor;

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
   * (billed, or failed and still due), one at a time whichever part it was in. An exception that
   * ended a part (the broker away) is thrown once every part has ended.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RunSummary run(Due due, Clock clock, Consumer<RunSummary> report) {
    Totals totals = new Totals(report);
    List<Due> parts = new ArrayList<>();
    for (int part = 0; part < WORKERS; part++) {
      parts.add(due.part(part, WORKERS));
    }
    // a pass takes a bounded number of rounds; passes follow one another while they bill
    int before;
    do {
      before = totals.summary().processed();
      pass(parts, clock, totals);
    } while (totals.summary().processed() > before);
    return totals.summary();
  }

  /** One pass over each part, at once; answers when all have ended. */
  private void pass(List<Due> parts, Clock clock, Totals totals) {
    List<Future<?>> others = new ArrayList<>();
    List<Due> here = new ArrayList<>(parts.subList(0, 1));
    for (Due part : parts.subList(1, parts.size())) {
      try {
        others.add(executor.submit(() -> pass(part, clock, totals)));
      } catch (RejectedExecutionException busy) {
        here.add(part); // no thread to spare: passed over after the first part, on this one
      }
    }
    RuntimeException failure = null;
    try {
      for (Due part : here) {
        pass(part, clock, totals);
      }
    } catch (RuntimeException e) {
      failure = e;
    }
    boolean interrupted = false;
    for (Future<?> other : others) {
      try {
        other.get();
      } catch (ExecutionException e) {
        RuntimeException cause =
            e.getCause() instanceof RuntimeException r
                ? r
                : new IllegalStateException("A part of the billing run failed", e.getCause());
        if (failure == null) {
          failure = cause;
        } else {
          failure.addSuppressed(cause);
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void pass(Due part, Clock clock, Totals totals) {
    AtomicLong last = new AtomicLong();
    work.run(
        part,
        clock,
        id -> last.set(billing.visit(id, clock.instant())),
        (id, done) -> {
          long item = last.getAndSet(0);
          totals.add(done ? new RunSummary(1, 0, item) : new RunSummary(0, 1, 0));
        });
  }

  /** What the parts billed so far, told to the run's listener one subscription at a time. */
  private static final class Totals {

    private final Consumer<RunSummary> report;
    private int processed;
    private int failed;
    private long charged;

    Totals(Consumer<RunSummary> report) {
      this.report = report;
    }

    synchronized void add(RunSummary one) {
      processed += one.processed();
      failed += one.failed();
      charged += one.charged();
      report.accept(one);
    }

    synchronized RunSummary summary() {
      return new RunSummary(processed, failed, charged);
    }
  }
}
