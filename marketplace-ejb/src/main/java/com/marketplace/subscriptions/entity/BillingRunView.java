package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;
import java.time.Instant;

/** A billing run as the owner watches it: how many of the due subscriptions are done. */
public record BillingRunView(
    long id,
    Instant startedAt,
    Instant finishedAt,
    int total,
    int processed,
    int failed,
    Money billed,
    boolean running) {

  /** Done so far, in percent of what was due (100 once finished). */
  public int percent() {
    if (!running) {
      return 100;
    }
    return total == 0 ? 0 : (int) Math.min(100, 100L * (processed + failed) / total);
  }

  public static BillingRunView of(BillingRun r, String currency) {
    return new BillingRunView(
        r.getId(),
        r.getStartedAt(),
        r.getFinishedAt(),
        r.getTotal(),
        r.getProcessed(),
        r.getFailed(),
        Money.of(r.getBilled(), currency),
        r.isRunning());
  }
}
