package com.marketplace.jobs.entity;

/** The kinds of work a job board files jobs under. */
public enum Category {
  DEVELOPMENT("Development"),
  DESIGN("Design"),
  WRITING("Writing"),
  MARKETING("Marketing"),
  DATA("Data & analytics"),
  SUPPORT("Admin & support"),
  OTHER("Other");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
