package com.marketplace.desk.entity;

import com.marketplace.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the time tracked on a project amounts to: its seconds, whole minutes (rounded down) and
 * their worth at the project's hourly rate, rounded half-even to minor units once for the total.
 */
public record BudgetUse(long seconds, long minutes, Money value) {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  public static BudgetUse of(long seconds, Money hourlyRate) {
    if (seconds < 0) {
      throw new IllegalArgumentException("Negative time: " + seconds);
    }
    long worth =
        BigDecimal.valueOf(hourlyRate.minorUnits())
            .multiply(BigDecimal.valueOf(seconds))
            .divide(SECONDS_PER_HOUR, 0, RoundingMode.HALF_EVEN)
            .longValueExact();
    return new BudgetUse(seconds, seconds / 60, Money.of(worth, hourlyRate.currency()));
  }

  /** "7 h 30 min", "45 min", "0 min". */
  public String label() {
    return TimeEntry.length(seconds);
  }
}
