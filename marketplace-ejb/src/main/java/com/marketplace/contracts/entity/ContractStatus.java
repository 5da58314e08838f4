package com.marketplace.contracts.entity;

/**
 * Open (hired, the current milestone not yet funded) → In progress (funded, work under way) → Under
 * review (work submitted) → Completed; or Disputed, Cancelled.
 */
public enum ContractStatus {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  UNDER_REVIEW("Under review"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled"),
  DISPUTED("Disputed");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean finished() {
    return this == COMPLETED || this == CANCELLED;
  }
}
