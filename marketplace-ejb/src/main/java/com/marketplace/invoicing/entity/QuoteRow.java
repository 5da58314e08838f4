package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;
import java.util.Locale;

/** A quote in a list: enough to find it and see where it stands today. */
public record QuoteRow(
    long id,
    String number,
    String title,
    QuoteStatus status,
    String issuerName,
    String recipientName,
    LocalDate sentOn,
    LocalDate validUntil,
    Money gross) {

  public String statusLabel() {
    return status.label();
  }

  /** The status as a CSS class: draft, sent, accepted, rejected or expired. */
  public String statusClass() {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
