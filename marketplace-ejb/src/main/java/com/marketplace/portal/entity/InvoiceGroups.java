package com.marketplace.portal.entity;

import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.platform.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's invoices sorted the way the dashboard shows them: overdue (open and past due), due
 * (open, not yet due) and paid; void ones are left out. Each group keeps its issuers apart, and the
 * total outstanding is what is open on due and overdue ones together.
 */
public record InvoiceGroups(
    List<InvoiceRow> overdue, List<InvoiceRow> due, List<InvoiceRow> paid, Money outstanding) {

  /** Where an invoice stands for its recipient. */
  public enum Standing {
    PAID("✓", "Paid"),
    DUE("🕐", "Due"),
    OVERDUE("⚠", "Overdue");

    private final String icon;
    private final String label;

    Standing(String icon, String label) {
      this.icon = icon;
      this.label = label;
    }

    public String icon() {
      return icon;
    }

    public String label() {
      return label;
    }

    /** The standing of an invoice; empty for one that is void (or, never shown, a draft). */
    public static java.util.Optional<Standing> of(InvoiceRow row) {
      if (row.status() == InvoiceStatus.PAID) {
        return java.util.Optional.of(PAID);
      }
      if (row.status() == InvoiceStatus.ISSUED || row.status() == InvoiceStatus.PARTIALLY_PAID) {
        return java.util.Optional.of(row.overdue() ? OVERDUE : DUE);
      }
      return java.util.Optional.empty();
    }
  }

  public static InvoiceGroups of(List<InvoiceRow> rows, Currency currency) {
    List<InvoiceRow> overdue = new ArrayList<>();
    List<InvoiceRow> due = new ArrayList<>();
    List<InvoiceRow> paid = new ArrayList<>();
    Money outstanding = Money.zero(currency);
    for (InvoiceRow row : rows) {
      var standing = Standing.of(row);
      if (standing.isEmpty()) {
        continue;
      }
      switch (standing.get()) {
        case PAID -> paid.add(row);
        case DUE -> due.add(row);
        case OVERDUE -> overdue.add(row);
      }
      if (standing.get() != Standing.PAID && row.open().currency().equals(currency)) {
        outstanding = outstanding.plus(row.open());
      }
    }
    return new InvoiceGroups(overdue, due, paid, outstanding);
  }

  /** A group's invoices by issuer, in the order the issuers first appear. */
  public static Map<String, List<InvoiceRow>> byIssuer(List<InvoiceRow> rows) {
    Map<String, List<InvoiceRow>> grouped = new LinkedHashMap<>();
    rows.forEach(r -> grouped.computeIfAbsent(r.issuerName(), k -> new ArrayList<>()).add(r));
    return grouped;
  }
}
