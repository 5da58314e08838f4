package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

  static final Instant NOW = Instant.parse("2026-11-28T18:00:00Z");

  static Instant at(String time) {
    return Instant.parse("2026-11-28T" + time + ":00Z");
  }

  @Test
  void aTimerRunsUntilItIsStopped() {
    var timer = TimeEntry.start(7, 3, "Layout", at("09:00"));
    assertThat(timer.isRunning()).isTrue();
    assertThat(timer.secondsUntil(at("09:30"))).isEqualTo(1800);
    timer.stop(at("10:30"));
    assertThat(timer.isRunning()).isFalse();
    assertThat(timer.getSeconds()).isEqualTo(5400);
    assertThat(timer.describe()).endsWith("(1 h 30 min): Layout");
    assertThatThrownBy(() -> timer.stop(at("11:00")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This timer is stopped already.");
  }

  @Test
  void aTimerLeftRunningEndsAfterADay() {
    var timer = TimeEntry.start(7, 3, null, at("09:00"));
    timer.stop(at("09:00").plus(Duration.ofHours(30)));
    assertThat(timer.getSeconds()).isEqualTo(24 * 3600);
  }

  @Test
  void aTimerStopsWhereItsLimitLeavesNoMoreTime() {
    var timer = TimeEntry.start(7, 3, null, at("09:00"));
    timer.stop(at("12:00"), 3600);
    assertThat(timer.getEndedAt()).isEqualTo(at("10:00"));
    assertThat(timer.getSeconds()).isEqualTo(3600);
    var early = TimeEntry.start(7, 3, null, at("09:00"));
    early.stop(at("09:30"), 3600);
    assertThat(early.getSeconds()).isEqualTo(1800);
    var none = TimeEntry.start(7, 3, null, at("09:00"));
    none.stop(at("09:30"), -5);
    assertThat(none.getSeconds()).isZero();
    var long_ = TimeEntry.start(7, 3, null, at("09:00"));
    long_.stop(at("09:00").plus(Duration.ofHours(30)), 100 * 3600);
    assertThat(long_.getSeconds()).isEqualTo(24 * 3600);
  }

  @Test
  void manualEntriesAreRefusedWhenTheyMakeNoSense() {
    assertThat(TimeEntry.manual(7, 3, at("09:00"), at("09:45"), " ", NOW).getSeconds())
        .isEqualTo(2700);
    assertThatThrownBy(() -> TimeEntry.manual(7, 3, at("10:00"), at("09:00"), null, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The end must be after the start.");
    assertThatThrownBy(() -> TimeEntry.manual(7, 3, at("17:00"), at("19:00"), null, NOW))
        .hasMessage("Time in the future cannot be tracked yet.");
    assertThatThrownBy(
            () ->
                TimeEntry.manual(
                    7, 3, at("09:00").minus(Duration.ofDays(1)), at("10:00"), null, NOW))
        .hasMessage("An entry may be at most 24 hours long.");
    assertThatThrownBy(() -> TimeEntry.manual(7, 3, null, at("10:00"), null, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> TimeEntry.manual(7, 3, at("09:00"), at("10:00"), "x".repeat(1001), NOW))
        .hasMessage("The note may have at most 1000 characters.");
  }

  @Test
  void changesAnswerWhatTheEntryWasAndStopOnceApprovedOrInvoiced() throws Exception {
    var entry = TimeEntry.manual(7, 3, at("09:00"), at("10:00"), "Sketches", NOW);
    String before = entry.change(at("09:00"), at("11:00"), "Sketches and layout", NOW);
    assertThat(before).contains("(1 h)").endsWith(": Sketches");
    assertThat(entry.describe()).contains("(2 h)").endsWith(": Sketches and layout");

    set(entry, "id", 5L);
    assertThat(entry.isEditable()).isTrue();
    assertThat(TimeEntryView.of(entry, "Logo").editable()).isTrue();

    set(entry, "status", TimeEntryStatus.APPROVED);
    assertThat(entry.isEditable()).isFalse();
    assertThat(TimeEntryView.of(entry, "Logo").editable()).isFalse();
    assertThatThrownBy(() -> entry.change(at("09:00"), at("10:00"), null, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This entry is approved and can no longer be changed.");
    set(entry, "status", TimeEntryStatus.DRAFT);
    set(entry, "invoiceId", 99L);
    assertThatThrownBy(entry::requireEditable)
        .hasMessage("This entry is invoiced and can no longer be changed.");
    assertThat(entry.isEditable()).isFalse();
  }

  @Test
  void aRejectedEntryIsADraftAgainOnceFixed() throws Exception {
    var entry = TimeEntry.manual(7, 3, at("09:00"), at("10:00"), null, NOW);
    set(entry, "status", TimeEntryStatus.REJECTED);
    entry.change(at("09:00"), at("09:30"), null, NOW);
    assertThat(entry.getStatus()).isEqualTo(TimeEntryStatus.DRAFT);
  }

  @Test
  void overlapsCountARunningTimerUntilNow() {
    var entry = TimeEntry.manual(7, 3, at("09:00"), at("10:00"), null, NOW);
    assertThat(entry.overlaps(at("09:30"), at("10:30"), NOW)).isTrue();
    assertThat(entry.overlaps(at("10:00"), at("11:00"), NOW)).isFalse();
    assertThat(entry.overlaps(at("08:00"), at("09:00"), NOW)).isFalse();
    var running = TimeEntry.start(7, 3, null, at("16:00"));
    assertThat(running.overlaps(at("17:00"), at("17:30"), NOW)).isTrue();
  }

  static void set(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
