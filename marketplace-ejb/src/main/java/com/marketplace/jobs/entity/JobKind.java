package com.marketplace.jobs.entity;

/** Fixed price (budget is the total) or hourly (budget is the rate ceiling per hour). */
public enum JobKind {
  FIXED("Fixed price"),
  HOURLY("Hourly");

  private final String label;

  JobKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
