package com.marketplace.desk.entity;

import java.time.Instant;

/**
 * One change of an entry in its history: who (no member, and {@link #AUTOMATIC} as the name, when
 * the workspace approved by itself), when, what it was and what it became, and a decision's
 * comment.
 */
public record TimeEntryChangeView(
    long entryId,
    Instant changedAt,
    Long memberId,
    String memberName,
    TimeEntryChange.Action action,
    String before,
    String after,
    String comment) {

  /** Who made the workspace's own approvals, as histories name it. */
  public static final String AUTOMATIC = "Auto-approval";

  public static TimeEntryChangeView of(TimeEntryChange c, String memberName) {
    return new TimeEntryChangeView(
        c.getEntryId(),
        c.getChangedAt(),
        c.getMemberId(),
        c.getMemberId() == null ? AUTOMATIC : memberName,
        c.getAction(),
        c.getBefore(),
        c.getAfter(),
        c.getComment());
  }

  /** "Changed", "Deleted", "Submitted", "Approved", "Rejected". */
  public String what() {
    return switch (action) {
      case EDITED -> "Changed";
      case DELETED -> "Deleted";
      case SUBMITTED -> "Submitted";
      case APPROVED -> "Approved";
      case REJECTED -> "Rejected";
    };
  }
}
