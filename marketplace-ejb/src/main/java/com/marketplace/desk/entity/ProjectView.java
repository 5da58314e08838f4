package com.marketplace.desk.entity;

import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's page: what it is agreed as, its client, the budget and how much of it the tracked
 * time uses ({@code percentUsed} null without a budget), whether it is overdue, and its history
 * newest first.
 */
public record ProjectView(
    long id,
    String name,
    String description,
    ProjectStatus status,
    long clientId,
    String clientName,
    Money rate,
    String currency,
    Long budgetMinutes,
    Money budgetAmount,
    String budget,
    LocalDate deadline,
    boolean overdue,
    Long contractId,
    long usedMinutes,
    Money usedValue,
    String used,
    Long percentUsed,
    Instant createdAt,
    List<ProjectChangeView> history) {

  /** The progress bar's value: the percentage used, at most 100. */
  public int progress() {
    return percentUsed == null ? 0 : (int) Math.min(100, percentUsed);
  }
}
