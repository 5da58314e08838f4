package com.marketplace.desk.entity;

import java.time.Instant;

/**
 * A time entry as lists show it: a running timer has no end and no seconds yet; {@code editable}
 * says whether the member may still change or delete it.
 */
public record TimeEntryView(
    long id,
    long projectId,
    String projectName,
    Instant start,
    Instant end,
    Long seconds,
    String note,
    TimeEntryStatus status,
    String comment,
    boolean running,
    boolean editable) {

  public static TimeEntryView of(TimeEntry e, String projectName) {
    return new TimeEntryView(
        e.getId(),
        e.getProjectId(),
        projectName,
        e.getStartedAt(),
        e.getEndedAt(),
        e.getSeconds(),
        e.getNote(),
        e.getStatus(),
        e.getComment(),
        e.isRunning(),
        e.isEditable());
  }
}
