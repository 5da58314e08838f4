package com.marketplace.desk.entity;

import java.time.Duration;
import java.time.Instant;

/** A member's running timer as the page header and the API show it. */
public record TimerView(
    long entryId, long projectId, String projectName, Instant startedAt, String note) {

  public static TimerView of(TimeEntry timer, String projectName) {
    return new TimerView(
        timer.getId(), timer.getProjectId(), projectName, timer.getStartedAt(), timer.getNote());
  }

  /** Whole seconds it has run by {@code now}. */
  public long secondsAt(Instant now) {
    return Math.max(0, Duration.between(startedAt, now).toSeconds());
  }
}
