package com.marketplace.contracts.entity;

/** A milestone's money: not yet funded, held in escrow (working or submitted), or settled. */
public enum MilestoneStatus {
  PENDING("Awaiting funding"),
  FUNDED("Funded"),
  SUBMITTED("Submitted"),
  RELEASED("Released"),
  REFUNDED("Refunded"),
  SPLIT("Split"),
  CANCELLED("Cancelled");

  private final String label;

  MilestoneStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Its funds are in escrow. */
  public boolean held() {
    return this == FUNDED || this == SUBMITTED;
  }

  public boolean settled() {
    return this == RELEASED || this == REFUNDED || this == SPLIT || this == CANCELLED;
  }
}
