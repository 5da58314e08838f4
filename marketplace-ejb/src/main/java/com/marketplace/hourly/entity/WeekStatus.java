package com.marketplace.hourly.entity;

/**
 * Unfunded (the hold could not be taken: the contract is paused) → Funded (cap × rate held) →
 * Closed (over and decided; the rest went back to the client). An unfunded week that is over closes
 * with nothing held.
 */
public enum WeekStatus {
  UNFUNDED("Not funded"),
  FUNDED("Funded"),
  CLOSED("Closed");

  private final String label;

  WeekStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
