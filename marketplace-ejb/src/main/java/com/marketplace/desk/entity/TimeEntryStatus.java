package com.marketplace.desk.entity;

/** draft → submitted → approved | rejected; a rejected entry is fixed and submitted again. */
public enum TimeEntryStatus {
  DRAFT("Draft"),
  SUBMITTED("Submitted"),
  APPROVED("Approved"),
  REJECTED("Rejected");

  private final String label;

  TimeEntryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the member may still change or delete an entry in this state. */
  public boolean editable() {
    return this == DRAFT || this == REJECTED;
  }
}
