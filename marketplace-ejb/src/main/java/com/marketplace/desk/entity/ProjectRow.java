package com.marketplace.desk.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;

/** A project as lists show it: its client, stage, rate, deadline and the time tracked on it. */
public record ProjectRow(
    long id,
    String name,
    long clientId,
    String clientName,
    ProjectStatus status,
    Money rate,
    String currency,
    LocalDate deadline,
    boolean overdue,
    Long contractId,
    long trackedSeconds) {

  /** "7 h 30 min", as the list shows the time tracked. */
  public String tracked() {
    return TimeEntry.length(trackedSeconds);
  }
}
