package com.marketplace.platform;

/** The rules every text a member types follows: stripped, bounded, and named when refused. */
public final class Texts {

  private Texts() {}

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
