package com.marketplace.invoicing.entity;

import com.marketplace.platform.InvalidInputException;
import java.math.BigDecimal;

/**
 * The VAT category of a line, as EN 16931 names it: a standard rate above zero, or no tax charged
 * for a reason the invoice must state (zero rated, exempt, reverse charge).
 */
public enum TaxCategory {
  STANDARD("S", "Standard rate", null),
  ZERO_RATED("Z", "Zero rated", null),
  EXEMPT("E", "Exempt", "Exempt from VAT"),
  REVERSE_CHARGE(
      "AE", "Reverse charge", "Reverse charge: VAT to be accounted for by the recipient");

  private final String code;
  private final String label;
  private final String defaultNote;

  TaxCategory(String code, String label, String defaultNote) {
    this.code = code;
    this.label = label;
    this.defaultNote = defaultNote;
  }

  /** The EN 16931 category code (UNCL5305). */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The category a rate falls in when none is named: standard above zero, zero rated at zero. */
  public static TaxCategory forRate(BigDecimal rate) {
    return rate.signum() > 0 ? STANDARD : ZERO_RATED;
  }

  /** Refuses a rate that does not fit the category (standard needs one, the others none). */
  public void check(BigDecimal rate) {
    if (this == STANDARD && rate.signum() <= 0) {
      throw new InvalidInputException("A standard tax rate must be above 0 %.");
    }
    if (this != STANDARD && rate.signum() != 0) {
      throw new InvalidInputException(label + " lines carry no tax: their rate is 0 %.");
    }
  }

  /** The note the invoice prints for this category: the one given, or the category's own. */
  public String note(String given) {
    return given != null && !given.isBlank() ? given.strip() : defaultNote;
  }
}
