package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An invoice as its issuer and its recipient see it: lines, tax per rate, totals, payments and
 * history. {@code mine}: the reader issued it (and may change a draft, void or record payments);
 * otherwise the reader is its recipient (and may pay what is open).
 */
public record InvoiceView(
    long id,
    String number,
    InvoiceStatus status,
    boolean overdue,
    boolean mine,
    String issuerName,
    Recipient recipient,
    String currency,
    LocalDate issuedOn,
    LocalDate dueOn,
    int termsDays,
    String notes,
    List<Line> lines,
    List<InvoiceDocument.TaxSum> taxes,
    Money net,
    Money tax,
    Money gross,
    Money paid,
    Money pending,
    Money open,
    String voidReason,
    boolean printed,
    List<Payment> payments,
    List<Event> history) {

  /** The status in words, overdue included. */
  public String statusLabel() {
    return overdue ? "Overdue" : status.label();
  }

  public boolean isDraft() {
    return status == InvoiceStatus.DRAFT;
  }

  public boolean isPayable() {
    return status.isOpen() && open.isPositive();
  }

  /** A line as shown: its amounts in money. */
  public record Line(
      long id,
      int position,
      String description,
      BigDecimal quantity,
      String unit,
      Money unitPrice,
      BigDecimal discount,
      Money net,
      BigDecimal taxRate,
      TaxCategory taxCategory,
      Money tax,
      String taxNote,
      String sourceKey,
      boolean prepaid) {

    /** A line of an invoice or a quote as shown, its amounts in the document's currency. */
    public static Line of(DocumentLine l, String currency) {
      LineItem written = l.item();
      return new Line(
          l.getId(),
          l.getPosition(),
          l.getDescription(),
          l.getQuantity(),
          l.getUnit(),
          Money.of(l.getUnitPrice(), currency),
          l.getDiscount(),
          Money.of(l.getNet(), currency),
          l.getTaxRate(),
          l.getTaxCategory(),
          Money.of(l.getTax(), currency),
          l.getTaxNote(),
          written.sourceKey(),
          written.prepaid());
    }

    public String unitLabel() {
      return LineItem.UNITS.getOrDefault(unit, unit);
    }
  }

  /** The card payment made last, if any: how the one just asked for went. */
  public Optional<Payment> lastCardPayment() {
    return payments.stream()
        .filter(p -> p.method() == PaymentMethod.CARD)
        .max(Comparator.comparingLong(Payment::id));
  }

  /** A payment as shown, with its receipt's number once it succeeded. */
  public record Payment(
      long id,
      PaymentMethod method,
      Money amount,
      String status,
      String reference,
      String failure,
      String receiptNumber,
      Instant createdAt,
      Instant paidAt) {}

  /** One entry of the history. */
  public record Event(Instant at, String who, String action, String text) {}
}
