package com.marketplace.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void noFilterReadsEverythingNewestFirst() {
    assertThat(AuditFilter.NONE.jpql("e", true))
        .isEqualTo("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC");
    assertThat(AuditFilter.NONE.jpql("COUNT(e)", false))
        .isEqualTo("SELECT COUNT(e) FROM AuditEvent e");
    assertThat(AuditFilter.NONE.parameters()).isEmpty();
  }

  @Test
  void whoMatchesEmailOrNameLiterallyIgnoringCase() {
    var filter = new AuditFilter("  Ann_50% ", null, null, null);
    assertThat(filter.jpql("e", false))
        .isEqualTo(
            "SELECT e FROM AuditEvent e WHERE (LOWER(e.actorEmail) LIKE :who ESCAPE '!'"
                + " OR LOWER(e.actorName) LIKE :who ESCAPE '!')");
    assertThat(filter.parameters()).containsOnlyKeys("who").containsEntry("who", "%ann!_50!%%");
  }

  @Test
  void blankWhoIsNoFilter() {
    assertThat(new AuditFilter("   ", null, null, null).parameters()).isEmpty();
  }

  @Test
  void datesAreWholeUtcDaysBothIncluded() {
    var filter =
        new AuditFilter(
            null, AuditAction.SIGN_IN, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    assertThat(filter.jpql("e", true))
        .isEqualTo(
            "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.occurredAt >= :from"
                + " AND e.occurredAt < :to ORDER BY e.occurredAt DESC, e.id DESC");
    assertThat(filter.parameters())
        .containsEntry("action", AuditAction.SIGN_IN)
        .containsEntry("from", Instant.parse("2026-11-01T00:00:00Z"))
        .containsEntry("to", Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void oneDayIsFromAndToTheSameDay() {
    var day = LocalDate.of(2026, 2, 28);
    assertThat(new AuditFilter(null, null, day, day).parameters())
        .containsEntry("from", Instant.parse("2026-02-28T00:00:00Z"))
        .containsEntry("to", Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void anExportReadsUpToTheLastEventWhenItStarted() {
    var filter = new AuditFilter(null, AuditAction.SIGN_OUT, null, null).upTo(99);
    assertThat(filter.jpql("e", true))
        .isEqualTo(
            "SELECT e FROM AuditEvent e WHERE e.action = :action AND e.id <= :upToId"
                + " ORDER BY e.occurredAt DESC, e.id DESC");
    assertThat(filter.parameters()).containsEntry("upToId", 99L);
  }

  @Test
  void refusesAnEndBeforeTheStartAndAnOverlongWho() {
    assertThatThrownBy(
            () -> new AuditFilter(null, null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new AuditFilter("x".repeat(101), null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("100");
  }
}
