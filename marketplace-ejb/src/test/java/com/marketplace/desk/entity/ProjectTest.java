package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectTest {

  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  static Money eur(long cents) {
    return Money.of(cents, "EUR");
  }

  static ProjectPlan plan(Long budgetMinutes, Money budgetAmount) {
    return new ProjectPlan("Poster", null, eur(6_000), budgetMinutes, budgetAmount, null);
  }

  @Test
  void budgetAlertsComeOncePerThreshold() {
    var project = new Project(7, 3, plan(600L, null), null, NOW);
    assertThat(project.thresholdsReached(300, eur(0))).isEmpty();
    assertThat(project.thresholdsReached(450, eur(0))).containsExactly(75);
    assertThat(project.thresholdsReached(460, eur(0))).isEmpty();
    assertThat(project.thresholdsReached(600, eur(0))).containsExactly(90, 100);
    assertThat(project.thresholdsReached(700, eur(0))).isEmpty();
  }

  @Test
  void aMoneyBudgetIsWatchedByWhatTheTimeIsWorth() {
    var project = new Project(7, 3, plan(null, eur(100_000)), null, NOW);
    assertThat(project.thresholdsReached(0, eur(89_999))).containsExactly(75);
    assertThat(project.thresholdsReached(0, eur(90_000))).containsExactly(90);
  }

  @Test
  void aNewBudgetIsWatchedAfresh() {
    var project = new Project(7, 3, plan(600L, null), null, NOW);
    assertThat(project.thresholdsReached(600, eur(0))).containsExactly(75, 90, 100);
    var changes = project.replan(plan(1200L, null));
    assertThat(changes).extracting(Project.Change::field).containsExactly("budget");
    assertThat(changes.get(0).before()).isEqualTo("10 h");
    assertThat(changes.get(0).after()).isEqualTo("20 h");
    assertThat(project.thresholdsReached(600, eur(0))).isEmpty();
    assertThat(project.thresholdsReached(900, eur(0))).containsExactly(75);
  }

  @Test
  void statusMovesAreKeptAsChanges() {
    var project = new Project(7, 3, plan(null, null), null, NOW);
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.IDEA);
    assertThat(project.moveTo(ProjectStatus.IN_PROGRESS))
        .containsExactly(new Project.Change("status", "Idea", "In progress"));
    assertThat(project.moveTo(ProjectStatus.IN_PROGRESS)).isEmpty();
    project.moveTo(ProjectStatus.COMPLETED);
    assertThatThrownBy(project::requireOpenForTime).hasMessageContaining("is completed");
  }

  @Test
  void refusesWhatCannotBeAgreed() {
    assertThatThrownBy(
            () ->
                new Project(7, 3, new ProjectPlan("P", null, eur(0), null, null, null), null, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The hourly rate must be greater than zero.");
    assertThatThrownBy(() -> new Project(7, 3, plan(60L, eur(100)), null, NOW))
        .hasMessage("A budget is in hours or in money, not both.");
    assertThatThrownBy(
            () -> new Project(7, 3, plan(Project.BUDGET_MINUTES_MAX + 1, null), null, NOW))
        .hasMessage("A budget in hours may be at most 100000 hours.");
    assertThatThrownBy(
            () ->
                new Project(
                    7,
                    3,
                    new ProjectPlan("P", null, Money.of(100, "USD"), null, eur(5), null),
                    null,
                    NOW))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void isOverdueAfterItsDeadlineUntilCompleted() {
    var project =
        new Project(
            7,
            3,
            new ProjectPlan("P", null, eur(100), null, null, LocalDate.of(2026, 11, 20)),
            null,
            NOW);
    assertThat(project.overdue(LocalDate.of(2026, 11, 28))).isTrue();
    assertThat(project.overdue(LocalDate.of(2026, 11, 20))).isFalse();
    project.moveTo(ProjectStatus.COMPLETED);
    assertThat(project.overdue(LocalDate.of(2026, 11, 28))).isFalse();
  }

  @Test
  void usesItsBudgetInHoursOrInMoneyAndNoneWithout() {
    var hours = new Project(7, 3, plan(600L, null), null, NOW);
    assertThat(hours.percentUsed(450, eur(1_000_000))).hasValue(75);
    assertThat(hours.percentUsed(900, eur(0))).hasValue(150);
    var money = new Project(7, 3, plan(null, eur(100_000)), null, NOW);
    assertThat(money.percentUsed(100_000, eur(33_333))).hasValue(33);
    assertThat(new Project(7, 3, plan(null, null), null, NOW).percentUsed(600, eur(100))).isEmpty();
    assertThat(money.budgetText()).isEqualTo("EUR 1000.00");
  }

  @Test
  void isDeletedOnlyWithoutTrackedTimeOrAContract() {
    var project = new Project(7, 3, plan(null, null), null, NOW);
    project.requireDeletable(0);
    assertThatThrownBy(() -> project.requireDeletable(1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("“Poster” has tracked time and is kept. Mark it completed instead.");
    var hired = new Project(7, 3, plan(null, null), 44L, NOW);
    assertThat(hired.getStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
    assertThatThrownBy(() -> hired.requireDeletable(0))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("belongs to a marketplace contract");
  }
}
