package com.marketplace.hourly.entity;

import com.marketplace.desk.entity.TimeEntry;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An hourly contract's terms and weeks as its page and the API show them, newest week first.
 * Amounts are in the contract's {@code currency}; {@code released} is gross (before the fee).
 */
public record HourlyView(
    long contractId,
    String currency,
    Money hourlyRate,
    int weeklyCapHours,
    Money weeklyHold,
    boolean paused,
    Instant endedAt,
    List<WeekLine> weeks) {

  public record WeekLine(
      LocalDate weekStart,
      Instant startsAt,
      Instant endsAt,
      WeekStatus status,
      Money held,
      long approvedSeconds,
      Money released,
      Money refunded,
      Money remaining,
      Instant closedAt) {

    public static WeekLine of(ContractWeek w, Currency currency) {
      return new WeekLine(
          w.getWeekStart(),
          w.getStartsAt(),
          w.getEndsAt(),
          w.getStatus(),
          Money.of(w.getHeld(), currency),
          w.getApprovedSeconds(),
          Money.of(w.getReleased(), currency),
          Money.of(w.getRefunded(), currency),
          Money.of(w.remaining(), currency),
          w.getClosedAt());
    }

    /** "2 h 20 min" */
    public String approvedTime() {
      return TimeEntry.length(approvedSeconds);
    }
  }
}
