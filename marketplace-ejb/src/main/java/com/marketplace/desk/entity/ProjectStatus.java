package com.marketplace.desk.entity;

/** Where a project stands, in the order projects usually move; any step may be taken. */
public enum ProjectStatus {
  IDEA("Idea"),
  TALKS("Talks"),
  IN_PROGRESS("In progress"),
  REVIEW("Review"),
  COMPLETED("Completed");

  private final String label;

  ProjectStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Time is tracked on projects that are not completed. */
  public boolean open() {
    return this != COMPLETED;
  }
}
