package com.marketplace.desk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualTimeTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 28);

  @Test
  void aDayWithStartAndEndIsThatSpanInTheZoneShown() {
    var span = ManualTime.of(DAY, LocalTime.of(9, 0), LocalTime.of(10, 30), " ", ZoneOffset.UTC);
    assertThat(span.start()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    assertThat(span.end()).isEqualTo(Instant.parse("2026-11-28T10:30:00Z"));
    var berlin =
        ManualTime.of(
            DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), null, ZoneId.of("Europe/Berlin"));
    assertThat(berlin.start()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
  }

  @Test
  void aDurationMayRunPastMidnight() {
    var span = ManualTime.of(DAY, LocalTime.of(23, 0), null, "2:15", ZoneOffset.UTC);
    assertThat(span.end()).isEqualTo(Instant.parse("2026-11-29T01:15:00Z"));
  }

  @Test
  void durationsAreReadTheWaysPeopleWriteThem() {
    assertThat(ManualTime.duration("1:30")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ManualTime.duration("1.5")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ManualTime.duration("1,25")).isEqualTo(Duration.ofMinutes(75));
    assertThat(ManualTime.duration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(ManualTime.duration("1h 30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(ManualTime.duration("45 min")).isEqualTo(Duration.ofMinutes(45));
    assertThat(ManualTime.duration(" 45M ")).isEqualTo(Duration.ofMinutes(45));
    for (String nonsense : new String[] {"h", "1:75", "abc", "1.333", "-1", "1:30:00"}) {
      assertThatThrownBy(() -> ManualTime.duration(nonsense))
          .as(nonsense)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("Enter the duration as hours and minutes, such as 1:30, 1.5 or 45 min.");
    }
    assertThatThrownBy(() -> ManualTime.duration("0:00"))
        .hasMessage("The duration must be more than zero.");
  }

  @Test
  void whatIsMissingOrTwiceSaidIsNamed() {
    assertThatThrownBy(() -> ManualTime.of(null, LocalTime.NOON, null, "1", ZoneOffset.UTC))
        .hasMessage("Choose the day.");
    assertThatThrownBy(() -> ManualTime.of(DAY, null, null, "1", ZoneOffset.UTC))
        .hasMessage("Enter the start time.");
    assertThatThrownBy(() -> ManualTime.of(DAY, LocalTime.NOON, null, "", ZoneOffset.UTC))
        .hasMessage("Enter the end time or a duration.");
    assertThatThrownBy(
            () -> ManualTime.of(DAY, LocalTime.NOON, LocalTime.MIDNIGHT, "1", ZoneOffset.UTC))
        .hasMessage("Enter the end time or a duration, not both.");
  }

  @Test
  void theWeekInTheUrlIsTheWeekOfAnyOfItsDays() {
    var today = LocalDate.of(2026, 11, 28); // a Saturday
    assertThat(TimePage.weekOf(null, today)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(TimePage.weekOf("2026-11-30", today)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(TimePage.weekOf("2026-12-06", today)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(TimePage.weekOf("next tuesday", today)).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(TimePage.weekPath(LocalDate.of(2026, 12, 2)))
        .isEqualTo("/app/desk/time.xhtml?week=2026-11-30");
  }

  @Test
  void theHeaderShowsHoursMinutesAndSeconds() {
    assertThat(TimerHeader.clockFace(0)).isEqualTo("0:00:00");
    assertThat(TimerHeader.clockFace(3723)).isEqualTo("1:02:03");
    assertThat(TimerHeader.clockFace(30 * 3600 + 59)).isEqualTo("30:00:59");
  }

  @Test
  void instantsInTheQueryAreIsoWithAnOffset() {
    assertThat(TimeEntryResource.instant("from", "2026-11-28T09:00:00+01:00"))
        .isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
    assertThatThrownBy(() -> TimeEntryResource.instant("from", "2026-13-01T00:00:00Z"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("from: expected an ISO-8601 instant such as 2026-11-28T09:00:00Z.");
  }
}
