package com.marketplace.desk.entity;

import java.time.Instant;

/** One change of an entry in its history: who, when, what it was and what it became. */
public record TimeEntryChangeView(
    long entryId,
    Instant changedAt,
    long memberId,
    String memberName,
    TimeEntryChange.Action action,
    String before,
    String after) {

  public static TimeEntryChangeView of(TimeEntryChange c, String memberName) {
    return new TimeEntryChangeView(
        c.getEntryId(),
        c.getChangedAt(),
        c.getMemberId(),
        memberName,
        c.getAction(),
        c.getBefore(),
        c.getAfter());
  }
}
