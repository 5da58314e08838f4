package com.marketplace.it;

import com.marketplace.platform.scan.UnavailableException;
import com.marketplace.subscriptions.control.BillingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures seeded into billing: at a chosen step of a chosen subscription, once, either a failure
 * of that subscription (an exception: its transaction rolls back, the run goes on) or the run
 * stopping there (as when the process is killed: that transaction is lost and nothing after it
 * runs). A plain bean, so that hearing every step costs billing next to nothing.
 */
@ApplicationScoped
public class SeededBillingFaults {

  /** How a seeded failure strikes. */
  enum Strike {
    FAIL,
    STOP
  }

  private static final Map<String, Strike> SEEDED = new ConcurrentHashMap<>();

  static void seed(BillingStep.Point point, long subscriptionId, Strike strike) {
    SEEDED.put(point + ":" + subscriptionId, strike);
  }

  static boolean allStruck() {
    return SEEDED.isEmpty();
  }

  /** Strikes where a failure is seeded, once. */
  void strike(@Observes BillingStep step) {
    Strike strike = SEEDED.remove(step.point() + ":" + step.subscriptionId());
    if (strike == Strike.FAIL) {
      throw new IllegalStateException("seeded failure at " + step);
    }
    if (strike == Strike.STOP) {
      throw new UnavailableException("seeded stop at " + step, null);
    }
  }
}
