package com.marketplace.invoicing.entity;

import com.marketplace.platform.InvalidInputException;
import java.time.LocalDate;

/**
 * What an issuer's invoice list is filtered by: a status (or "OVERDUE"), a CRM client, issue dates
 * from and to (inclusive), and text found in the number or the recipient's name.
 *
 * @param status null for all, a status name, or OVERDUE
 */
public record InvoiceSearch(
    String status, Long clientId, LocalDate from, LocalDate to, String text) {

  public static final String OVERDUE = "OVERDUE";
  public static final int TEXT_MAX = 100;

  public InvoiceSearch {
    status = status == null || status.isBlank() ? null : status.strip().toUpperCase();
    if (status != null && !OVERDUE.equals(status)) {
      try {
        InvoiceStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "Filter by draft, issued, partially_paid, paid, void or overdue.");
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidInputException("The end of the date range is before its start.");
    }
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > TEXT_MAX) {
      throw new InvalidInputException("Search for at most " + TEXT_MAX + " characters.");
    }
  }

  public static InvoiceSearch all() {
    return new InvoiceSearch(null, null, null, null, null);
  }
}
