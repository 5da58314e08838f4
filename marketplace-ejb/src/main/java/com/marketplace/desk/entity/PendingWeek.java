package com.marketplace.desk.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A week (from its Monday) of one project's time waiting for the client's decision: how many
 * entries and seconds in all, and the entries themselves, oldest first.
 */
public record PendingWeek(
    long projectId,
    String projectName,
    long freelancerId,
    String freelancerName,
    LocalDate week,
    long entries,
    long seconds,
    List<PendingEntry> items)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public PendingWeek {
    items = List.copyOf(items);
  }

  /** One submitted entry as the client sees it. */
  public record PendingEntry(
      long id,
      java.time.Instant start,
      java.time.Instant end,
      long seconds,
      String note,
      java.time.Instant submittedAt)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public static PendingEntry of(TimeEntry e) {
      return new PendingEntry(
          e.getId(),
          e.getStartedAt(),
          e.getEndedAt(),
          e.getSeconds(),
          e.getNote(),
          e.getSubmittedAt());
    }
  }
}
