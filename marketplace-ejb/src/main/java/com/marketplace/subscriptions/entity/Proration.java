package com.marketplace.subscriptions.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a plan change costs on {@code on}, as shown before it is confirmed and as charged after: the
 * unused part of the current period at the price paid for it (the credit) against the new plan's
 * price for what remains (the charge), each rounded half-even to the minor unit. When the new plan
 * bills at another interval, a new period starts on the day of the change and the charge is its
 * full price.
 *
 * @param periodStart the period the charge covers: the rest of the current one, or a new one
 * @param periodEnd its end (exclusive)
 * @param remainingDays days of the current period not yet used, the day of the change included
 * @param periodDays days of the current period
 * @param credit minor units given back for the unused part of the current period
 * @param charge minor units the new plan costs for the period covered
 */
public record Proration(
    LocalDate on,
    LocalDate periodStart,
    LocalDate periodEnd,
    long remainingDays,
    long periodDays,
    long credit,
    long charge) {

  /** The charge less the credit: positive is billed now, negative is kept for the next bill. */
  public long net() {
    return charge - credit;
  }

  /**
   * The proration of a change on {@code on}, within the current period [{@code start}, {@code end})
   * for which {@code paid} was charged, to a plan of price {@code newPrice} billed every {@code
   * newInterval} where the current plan bills every {@code oldInterval}.
   */
  public static Proration of(
      LocalDate on,
      LocalDate start,
      LocalDate end,
      long paid,
      BillingInterval oldInterval,
      long newPrice,
      BillingInterval newInterval) {
    if (on.isBefore(start) || !on.isBefore(end)) {
      throw new IllegalArgumentException(on + " is outside the period " + start + " – " + end);
    }
    long periodDays = ChronoUnit.DAYS.between(start, end);
    long remaining = ChronoUnit.DAYS.between(on, end);
    long credit = share(paid, remaining, periodDays);
    if (oldInterval == newInterval) {
      return new Proration(
          on, on, end, remaining, periodDays, credit, share(newPrice, remaining, periodDays));
    }
    return new Proration(
        on, on, newInterval.periodStart(on, 1), remaining, periodDays, credit, newPrice);
  }

  /** {@code price × part / whole}, rounded half-even to the minor unit. */
  static long share(long price, long part, long whole) {
    return BigDecimal.valueOf(price)
        .multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
