package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DashboardPeriodTest {

  @Test
  void theWeekRunsFromMondayToSundayAroundToday() {
    var wednesday = DashboardPeriod.of(Instant.parse("2026-11-25T13:00:00Z"), ZoneOffset.UTC);
    assertThat(wednesday.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(wednesday.days())
        .hasSize(7)
        .startsWith(LocalDate.of(2026, 11, 23))
        .endsWith(LocalDate.of(2026, 11, 29));
    assertThat(wednesday.days().get(6).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(wednesday.weekStart()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(wednesday.weekEnd()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
  }

  @Test
  void sundayBelongsToTheWeekBeforeAndMondayStartsANewOne() {
    var sunday = DashboardPeriod.of(Instant.parse("2026-11-29T23:59:59Z"), ZoneOffset.UTC);
    assertThat(sunday.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    var monday = DashboardPeriod.of(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    assertThat(monday.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void theMonthIsTodaysWholeMonth() {
    var period = DashboardPeriod.of(Instant.parse("2028-02-10T08:00:00Z"), ZoneOffset.UTC);
    assertThat(period.firstOfMonth()).isEqualTo(LocalDate.of(2028, 2, 1));
    assertThat(period.monthStart()).isEqualTo(Instant.parse("2028-02-01T00:00:00Z"));
    assertThat(period.monthEnd()).isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
  }

  @Test
  void aWeekAcrossTheTurnOfTheMonthIsReadInTheSameSpanAsTheMonth() {
    // Tuesday 1 December: the week began in November, the month goes on after the week
    var period = DashboardPeriod.of(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    assertThat(period.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(period.from()).isEqualTo(period.weekStart());
    assertThat(period.to()).isEqualTo(period.monthEnd());
    // Thursday 31 December: the week ends in January
    var last = DashboardPeriod.of(Instant.parse("2026-12-31T10:00:00Z"), ZoneOffset.UTC);
    assertThat(last.from()).isEqualTo(last.monthStart());
    assertThat(last.to()).isEqualTo(Instant.parse("2027-01-04T00:00:00Z"));
  }

  @Test
  void daysAreTheDesksTimeZones() {
    var berlin = ZoneId.of("Europe/Berlin");
    // 23:30 UTC on Sunday is already Monday in Berlin
    var period = DashboardPeriod.of(Instant.parse("2026-11-29T23:30:00Z"), berlin);
    assertThat(period.today()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(period.weekStart()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
  }

  @Test
  void daysAndProjectsSayTheirTime() {
    assertThat(new DayHours(LocalDate.of(2026, 11, 23), 5_400).weekday()).isEqualTo("Mon");
    assertThat(new DayHours(LocalDate.of(2026, 11, 23), 5_400).tracked()).isEqualTo("1 h 30 min");
    assertThat(new ProjectHours(1, "Logo", 7_200).tracked()).isEqualTo("2 h");
  }
}
