package com.marketplace.subscriptions.entity;

import com.marketplace.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The subscription business in figures (S5), as DOMAIN.md defines them: MRR is the sum over active
 * and past-due subscriptions of their price per month (a yearly price counts a twelfth; summed in
 * twelfths and rounded once); subscribers are the distinct customers with such a subscription;
 * churn is the customers lost in the month (their last subscription cancelled) over the subscribers
 * at its start, in percent; ARPU is MRR per subscriber.
 */
public record BusinessMetrics(
    String month,
    Money mrr,
    long subscribers,
    long trialing,
    long pastDue,
    BigDecimal churnPercent,
    long lost,
    long subscribersAtStart,
    Money arpu,
    Money revenueThisMonth) {

  public static BusinessMetrics of(
      YearMonth month,
      String currency,
      long mrrTwelfths,
      long subscribers,
      long trialing,
      long pastDue,
      long lost,
      long atStart,
      long revenue) {
    long mrr = mrr(mrrTwelfths);
    return new BusinessMetrics(
        month.toString(),
        Money.of(mrr, currency),
        subscribers,
        trialing,
        pastDue,
        churnPercent(lost, atStart),
        lost,
        atStart,
        Money.of(arpu(mrr, subscribers), currency),
        Money.of(revenue, currency));
  }

  /** Minor units per month from a sum in twelfths, rounded half-even once. */
  public static long mrr(long twelfths) {
    return BigDecimal.valueOf(twelfths)
        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /** Lost over subscribers at the month's start, in percent with two decimals; 0 with none. */
  public static BigDecimal churnPercent(long lost, long atStart) {
    if (atStart == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(lost)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(atStart), 2, RoundingMode.HALF_EVEN);
  }

  /** Average revenue per subscriber per month, rounded half-even; 0 without subscribers. */
  public static long arpu(long mrr, long subscribers) {
    if (subscribers == 0) {
      return 0;
    }
    return BigDecimal.valueOf(mrr)
        .divide(BigDecimal.valueOf(subscribers), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /**
   * A month of the charts (ISO {@code 2026-11}): MRR at its end (or today) and the revenue received
   * in it.
   */
  public record Month(String month, Money mrr, Money revenue) {}
}
