package com.marketplace.search.entity;

import com.marketplace.platform.InvalidInputException;

/**
 * What a member typed into the search: stripped, at most {@link #MAX} characters (longer is
 * refused, not cut), and searched for from {@link #MIN} characters on.
 */
public record SearchQuery(String text) {

  public static final int MIN = 2;
  public static final int MAX = 100;

  public static final String TOO_LONG = "Search for at most " + MAX + " characters.";
  public static final String TOO_SHORT = "Type at least " + MIN + " characters to search.";

  public static SearchQuery of(String typed) {
    if (typed == null || typed.isBlank()) {
      return new SearchQuery(null);
    }
    String text = typed.strip();
    if (text.length() > MAX) {
      throw new InvalidInputException(TOO_LONG);
    }
    return new SearchQuery(text);
  }

  /** Long enough to be looked up; shorter texts would match nearly everything. */
  public boolean searchable() {
    return text != null && text.length() >= MIN;
  }
}
