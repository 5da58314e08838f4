package com.marketplace.desk.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * The time a project takes in the span an entry counts for, as what pays for the project's time
 * says (an hourly contract's week): the entries starting in [{@code from}, {@code until}) may add
 * up to {@code seconds}. {@code refusal}, when set, says why no time can be recorded in that span
 * now; a timer already running there is still stopped within {@code seconds}.
 *
 * @param limit the limit as a sentence names it: "the weekly cap of 10 h for the week of 2 March
 *     2026 (UTC)"
 */
public record TimeAllowance(
    Instant from, Instant until, long seconds, String limit, String refusal) {

  public TimeAllowance {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(limit, "limit");
  }

  /** Time may be tracked, up to the seconds. */
  public static TimeAllowance upTo(Instant from, Instant until, long seconds, String limit) {
    return new TimeAllowance(from, until, seconds, limit, null);
  }

  /** No new time may be tracked in the span; a running timer stops within the seconds. */
  public TimeAllowance refused(String why) {
    return new TimeAllowance(from, until, seconds, limit, Objects.requireNonNull(why, "why"));
  }

  /** What is left once {@code used} seconds are tracked in the span; never below zero. */
  public long left(long used) {
    return Math.max(0, seconds - used);
  }
}
