package com.marketplace.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in a test that deploys this class: the real time moved on by as much as
 * the test says, so a test sees what hours later brings without waiting for it. Every clock handed
 * out reads the shift afresh, also those injected long before the test moved it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

  private static volatile Duration shift = Duration.ZERO;

  /** Moves the application's time on (or back to the real time, with zero). */
  static void shiftBy(Duration by) {
    shift = by;
  }

  @Produces
  Clock clock() {
    return new Shifted();
  }

  private static final class Shifted extends Clock {

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.offset(Clock.system(zone), shift);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(shift);
    }
  }
}
