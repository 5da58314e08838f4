package com.marketplace.payments.entity;

import com.marketplace.platform.InvalidInputException;

/**
 * A card number as typed, without spaces or dashes: 12 to 19 digits. Checked before anything is
 * written, so a typo leaves the form's idempotency key free for the corrected number.
 */
public record CardNumber(String digits) {

  /** The longest card number as typed: 19 digits with a space or dash between every one. */
  public static final int TYPED_MAX = 40;

  public CardNumber {
    if (digits == null || !digits.matches("\\d{12,19}")) {
      throw new InvalidInputException("Enter the card number (12 to 19 digits).");
    }
  }

  public static CardNumber parse(String typed) {
    return new CardNumber(typed == null ? null : typed.replaceAll("[\\s-]", ""));
  }

  public String last4() {
    return digits.substring(digits.length() - 4);
  }

  @Override
  public String toString() {
    return "card ending " + last4();
  }
}
