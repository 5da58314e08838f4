package com.marketplace.hourly.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A contract week is [Monday 00:00, next Monday) in UTC, and names its ledger keys. */
class WeekTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void aWeekRunsFromMondayMidnightUtcToTheNextMonday() {
    var week = new Week(MONDAY);
    assertThat(week.startsAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(week.endsAt()).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
    assertThat(Week.of(Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(week);
    assertThat(Week.of(Instant.parse("2026-03-05T13:14:15Z"))).isEqualTo(week);
    assertThat(Week.of(Instant.parse("2026-03-08T23:59:59.999999Z"))).isEqualTo(week);
    assertThat(Week.of(Instant.parse("2026-03-09T00:00:00Z"))).isEqualTo(week.next());
    assertThat(Week.of(Instant.parse("2026-03-01T23:59:59Z"))).isEqualTo(week.previous());
    assertThat(week.contains(Instant.parse("2026-03-02T00:00:00Z"))).isTrue();
    assertThat(week.contains(Instant.parse("2026-03-09T00:00:00Z"))).isFalse();
  }

  @Test
  void weeksCrossMonthsAndYearsAndLeapDays() {
    assertThat(Week.of(Instant.parse("2027-01-01T12:00:00Z")).start())
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(Week.of(Instant.parse("2028-03-01T00:00:00Z")).start())
        .isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(new Week(LocalDate.of(2026, 12, 28)).next().start())
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void aWeekIsOverAtItsEnd() {
    var week = new Week(MONDAY);
    assertThat(week.isOverAt(Instant.parse("2026-03-08T23:59:59Z"))).isFalse();
    assertThat(week.isOverAt(Instant.parse("2026-03-09T00:00:00Z"))).isTrue();
    assertThat(week.isBefore(week.next())).isTrue();
    assertThat(week.next().isBefore(week)).isFalse();
  }

  @Test
  void onlyAMondayStartsAWeek() {
    assertThatThrownBy(() -> new Week(LocalDate.of(2026, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWeeksMoneyIsKeyedByContractWeekAndEntry() {
    var week = new Week(MONDAY);
    assertThat(week.holdKey(42)).isEqualTo("week-hold:contract:42:week:2026-03-02");
    assertThat(week.releaseKey(42, 7))
        .isEqualTo("week-release:contract:42:week:2026-03-02:entry:7");
    assertThat(week.refundKey(42)).isEqualTo("week-refund:contract:42:week:2026-03-02");
    assertThat(week.reference(42)).isEqualTo("contract:42:week:2026-03-02");
    assertThat(week.releaseKey(Long.MAX_VALUE, Long.MAX_VALUE).length()).isLessThan(120);
    assertThat(week.label()).isEqualTo("the week of 2026-03-02 (UTC)");
  }
}
