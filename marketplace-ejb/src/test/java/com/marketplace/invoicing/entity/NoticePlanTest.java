package com.marketplace.invoicing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticePlanTest {

  static final LocalDate DUE = LocalDate.parse("2026-12-15");
  static final List<Integer> DAYS = List.of(-3, 1, 7, 14);

  @Test
  void theFirstNoticeIsTheReminderBeforeTheDueDate() {
    assertThat(NoticePlan.first(LocalDate.parse("2026-12-01"), DUE, DAYS))
        .isEqualTo(Instant.parse("2026-12-12T00:00:00Z"));
    // issued too late for the early reminder: the overdue notice and the day-1 reminder come first
    assertThat(NoticePlan.first(DUE, DUE, DAYS)).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
    assertThat(NoticePlan.first(DUE, DUE, List.of()))
        .isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
  }

  @Test
  void eachNoticeGoesOnceOnItsDayAndTheNextIsScheduled() {
    var before = NoticePlan.on(LocalDate.parse("2026-12-12"), DUE, DAYS, Set.of());
    assertThat(before.remind()).contains(-3);
    assertThat(before.overdue()).isFalse();
    assertThat(before.mark()).containsExactly("reminder:-3");
    assertThat(before.next()).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));

    var again = NoticePlan.on(LocalDate.parse("2026-12-12"), DUE, DAYS, Set.of("reminder:-3"));
    assertThat(again.mark()).isEmpty();
    assertThat(again.remind()).isEmpty();

    var dayAfter = NoticePlan.on(LocalDate.parse("2026-12-16"), DUE, DAYS, Set.of("reminder:-3"));
    assertThat(dayAfter.remind()).contains(1);
    assertThat(dayAfter.overdue()).isTrue();
    assertThat(dayAfter.mark()).containsExactly("reminder:1", "overdue");
    assertThat(dayAfter.next()).isEqualTo(Instant.parse("2026-12-22T00:00:00Z"));
  }

  @Test
  void aLateScanSendsOnlyTheLatestReminderAndPassesTheOthers() {
    var late = NoticePlan.on(LocalDate.parse("2026-12-25"), DUE, DAYS, Set.of());
    assertThat(late.remind()).contains(7);
    assertThat(late.mark()).containsExactly("reminder:-3", "reminder:1", "reminder:7", "overdue");
    assertThat(late.next()).isEqualTo(Instant.parse("2026-12-29T00:00:00Z"));
    var done =
        NoticePlan.on(
            LocalDate.parse("2027-02-01"),
            DUE,
            DAYS,
            Set.of("reminder:-3", "reminder:1", "reminder:7", "reminder:14", "overdue"));
    assertThat(done.mark()).isEmpty();
    assertThat(done.next()).isNull();
  }
}
