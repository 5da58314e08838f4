package com.marketplace.invoicing.entity;

import java.math.BigDecimal;

/** The tax the issuer puts on lines taken from work: rate, category (null: by the rate), note. */
public record TaxChoice(BigDecimal rate, TaxCategory category, String note) {

  public static final TaxChoice NONE = new TaxChoice(BigDecimal.ZERO, null, null);

  public TaxChoice {
    rate = rate == null ? BigDecimal.ZERO : rate;
  }
}
