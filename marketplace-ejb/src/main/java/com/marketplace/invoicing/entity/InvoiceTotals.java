package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;

/** How many invoices and how much per status in a list; overdue is a part of the open ones. */
public record InvoiceTotals(
    long drafts,
    Money draftAmount,
    long open,
    Money openAmount,
    long overdue,
    Money overdueAmount,
    long paid,
    Money paidAmount,
    long voided) {

  /**
   * How many invoices of the list have the status the list is filtered by (a status's name,
   * OVERDUE, or null for all), where the totals tell it; issued and partially paid ones they count
   * only together. The list then needs no count of its own.
   */
  public java.util.OptionalLong matching(String status) {
    if (status == null) {
      return java.util.OptionalLong.of(drafts + open + paid + voided);
    }
    return switch (status) {
      case InvoiceSearch.OVERDUE -> java.util.OptionalLong.of(overdue);
      case "DRAFT" -> java.util.OptionalLong.of(drafts);
      case "PAID" -> java.util.OptionalLong.of(paid);
      case "VOID" -> java.util.OptionalLong.of(voided);
      default -> java.util.OptionalLong.empty();
    };
  }
}
