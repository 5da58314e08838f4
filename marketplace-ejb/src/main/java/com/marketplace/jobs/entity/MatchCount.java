package com.marketplace.jobs.entity;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many open jobs match a search. Counting stops at a limit, so a broad search on a large board
 * costs no more than a narrow one: {@code capped} says there are more than {@code value}, which is
 * then the deepest the board pages.
 */
public record MatchCount(long value, boolean capped) {

  /** "1,234" or "10,000+". */
  public String label() {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value) + (capped ? "+" : "");
  }
}
