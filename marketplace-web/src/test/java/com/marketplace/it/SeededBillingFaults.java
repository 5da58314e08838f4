package com.marketplace.it;

import com.marketplace.platform.scan.UnavailableException;
import com.marketplace.subscriptions.control.BillingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures seeded into billing: at a chosen step of a chosen subscription, either a failure of that
 * subscription (an exception: its transaction rolls back, the run goes on) or the run stopping
 * there (as when the process is killed: that transaction, with the whole group it bills, is lost
 * and nothing after it runs). A stop strikes once. A failure strikes twice, as a failure of that
 * subscription would: in its group's transaction, which rolls back, and again when the subscription
 * is billed alone, which fails it alone while the rest of the group is billed; the run's next pass
 * bills it. A plain bean, so that hearing every step costs billing next to nothing.
 */
@ApplicationScoped
public class SeededBillingFaults {

  /** How a seeded failure strikes. */
  enum Strike {
    FAIL,
    STOP
  }

  /** A seeded strike and how many times it strikes yet. */
  private record Seeded(Strike strike, int times) {}

  private static final Map<String, Seeded> SEEDED = new ConcurrentHashMap<>();

  static void seed(BillingStep.Point point, long subscriptionId, Strike strike) {
    SEEDED.put(point + ":" + subscriptionId, new Seeded(strike, strike == Strike.FAIL ? 2 : 1));
  }

  static boolean allStruck() {
    return SEEDED.isEmpty();
  }

  /** Strikes where a failure is seeded, as many times as seeded. */
  void strike(@Observes BillingStep step) {
    Seeded[] struck = new Seeded[1];
    SEEDED.computeIfPresent(
        step.point() + ":" + step.subscriptionId(),
        (key, seeded) -> {
          struck[0] = seeded;
          return seeded.times() > 1 ? new Seeded(seeded.strike(), seeded.times() - 1) : null;
        });
    Strike strike = struck[0] == null ? null : struck[0].strike();
    if (strike == Strike.FAIL) {
      throw new IllegalStateException("seeded failure at " + step);
    }
    if (strike == Strike.STOP) {
      throw new UnavailableException("seeded stop at " + step, null);
    }
  }
}
