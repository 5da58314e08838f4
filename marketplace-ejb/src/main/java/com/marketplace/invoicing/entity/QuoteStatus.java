package com.marketplace.invoicing.entity;

/**
 * draft → sent → accepted | rejected | expired. Expired is never stored: a sent quote whose
 * valid-until date has passed is expired (see {@link Quote#status(java.time.LocalDate)}).
 */
public enum QuoteStatus {
  DRAFT("Draft"),
  SENT("Sent"),
  ACCEPTED("Accepted"),
  REJECTED("Rejected"),
  EXPIRED("Expired");

  private final String label;

  QuoteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
