package com.marketplace.invoicing.entity;

/** How approved time becomes lines: one per entry, per day, or per task (the entries' note). */
public enum TimeGrouping {
  ENTRY,
  DAY,
  TASK
}
