package com.marketplace.platform;

import java.util.Locale;

/** The rules every text a member types follows: stripped, bounded, and named when refused. */
public final class Texts {

  /** The escape character of {@link #containing} patterns: {@code LIKE :p ESCAPE '!'}. */
  public static final char LIKE_ESCAPE = '!';

  private Texts() {}

  /**
   * A {@code LIKE} pattern (escape character {@link #LIKE_ESCAPE}) that finds the text anywhere in
   * a lower-cased column: what the member typed is matched literally, so {@code 50%} finds "50%",
   * not "500". Null for no text.
   */
  public static String containing(String text) {
    if (text == null) {
      return null;
    }
    String literal =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + literal + "%";
  }

  /** The text, stripped; refused when blank or longer than {@code max} characters. */
  public static String required(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("The " + what + " is required.");
    }
    return bounded(value.strip(), what, max);
  }

  /** The text, stripped, or null when blank; refused when longer than {@code max} characters. */
  public static String optional(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return bounded(value.strip(), what, max);
  }

  private static String bounded(String stripped, String what, int max) {
    if (stripped.length() > max) {
      throw new InvalidInputException("The " + what + " may have at most " + max + " characters.");
    }
    return stripped;
  }
}
