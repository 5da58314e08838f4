package com.marketplace.desk.entity;

/** Time tracked on one project within a span, in seconds. */
public record ProjectHours(long projectId, String name, long seconds) {

  /** "7 h 30 min". */
  public String tracked() {
    return TimeEntry.length(seconds);
  }
}
