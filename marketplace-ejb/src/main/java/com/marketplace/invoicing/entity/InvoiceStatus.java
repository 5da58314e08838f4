package com.marketplace.invoicing.entity;

/**
 * draft → issued → partially paid → paid; issued or partially paid → void. Overdue is not a status:
 * an open invoice past its due date is overdue (see {@link Invoice#isOverdue}).
 */
public enum InvoiceStatus {
  DRAFT("Draft"),
  ISSUED("Issued"),
  PARTIALLY_PAID("Partially paid"),
  PAID("Paid"),
  VOID("Void");

  private final String label;

  InvoiceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Issued and not yet paid in full: it can be paid, reminded of and voided. */
  public boolean isOpen() {
    return this == ISSUED || this == PARTIALLY_PAID;
  }
}
