package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.time.LocalDate;

/** An invoice in a list: enough to find it and see where it stands. */
public record InvoiceRow(
    long id,
    String number,
    InvoiceStatus status,
    boolean overdue,
    String issuerName,
    String recipientName,
    LocalDate issuedOn,
    LocalDate dueOn,
    Money gross,
    Money open) {

  public String statusLabel() {
    return overdue ? "Overdue" : status.label();
  }

  /** The status as a CSS class: draft, issued, partially_paid, paid, void or overdue. */
  public String statusClass() {
    return overdue ? "overdue" : status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
