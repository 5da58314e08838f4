package com.marketplace.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the application does after the request returned (events, timers, pushes). */
final class Eventually {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  private Eventually() {}

  /** Reads {@code value} until {@code done} holds for it, and answers that value. */
  static <T> T await(String what, Supplier<T> value, Predicate<T> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = value.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Waited " + PATIENCE.toSeconds() + " s for " + what + "; last seen: " + last);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
      last = value.get();
    }
    return last;
  }

  /** Waits until the condition holds. */
  static void until(Supplier<Boolean> condition, String what) {
    await(what, condition, Boolean::booleanValue);
  }
}
