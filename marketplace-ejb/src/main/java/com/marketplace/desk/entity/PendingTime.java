package com.marketplace.desk.entity;

import java.util.List;

/**
 * The time waiting for one client member's decision: by project and week (oldest week first), with
 * the totals the database added up, and in all.
 */
public record PendingTime(long entries, long seconds, List<PendingWeek> weeks) {

  public PendingTime {
    weeks = List.copyOf(weeks);
  }

  public static PendingTime of(List<PendingWeek> weeks) {
    return new PendingTime(
        weeks.stream().mapToLong(PendingWeek::entries).sum(),
        weeks.stream().mapToLong(PendingWeek::seconds).sum(),
        weeks);
  }
}
