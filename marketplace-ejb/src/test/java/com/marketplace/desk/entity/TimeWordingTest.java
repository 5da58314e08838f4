package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.platform.ConflictException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeWordingTest {

  static final Instant NOW = Instant.parse("2026-11-28T18:00:00Z");

  @Test
  void aMomentTodayIsItsTimeAndAnotherDayNamesTheDayAlwaysWithTheZone() {
    assertThat(TimeWording.UTC.moment(Instant.parse("2026-11-28T09:12:40Z"), NOW))
        .isEqualTo("09:12 UTC");
    assertThat(TimeWording.UTC.moment(Instant.parse("2026-11-27T23:05:00Z"), NOW))
        .isEqualTo("27 Nov 2026, 23:05 UTC");
    var berlin = new TimeWording(ZoneId.of("Europe/Berlin"), "Berlin time");
    // 23:05 UTC on the 27th is already the 28th in Berlin: today there
    assertThat(berlin.moment(Instant.parse("2026-11-27T23:05:00Z"), NOW))
        .isEqualTo("00:05 Berlin time");
  }

  @Test
  void aSpanNamesItsDayOnceUnlessItCrossesMidnight() {
    assertThat(
            TimeWording.UTC.span(
                Instant.parse("2026-11-28T09:00:00Z"), Instant.parse("2026-11-28T10:30:00Z")))
        .isEqualTo("28 Nov 2026, 09:00–10:30 UTC");
    assertThat(
            TimeWording.UTC.span(
                Instant.parse("2026-11-27T23:00:00Z"), Instant.parse("2026-11-28T01:00:00Z")))
        .isEqualTo("27 Nov 2026, 23:00 – 28 Nov 2026, 01:00 UTC");
  }

  @Test
  void aSecondTimerIsRefusedNamingTheRunningOneAndOfferingToReplaceIt() {
    var running =
        new TimerView(41, 3, "Logo design", Instant.parse("2026-11-28T09:12:00Z"), "Sketches");
    var refusal = new TimerAlreadyRunning(running, TimeWording.UTC, NOW);
    assertThat(refusal).isInstanceOf(ConflictException.class);
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.getMessage())
        .isEqualTo(
            "A timer is already running on “Logo design” since 09:12 UTC: stop it first, or stop"
                + " it and start this one.");
    assertThat(refusal.running()).isEqualTo(running);
    assertThat(running.secondsAt(NOW)).isEqualTo(8 * 3600 + 48 * 60);
    assertThat(running.secondsAt(Instant.parse("2026-11-28T09:00:00Z"))).isZero();
  }
}
