package com.marketplace.invoicing.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a printed invoice, quote or receipt shows, fixed at the moment it is printed: the
 * renderer reads nothing else, so the same document always prints the same.
 *
 * <p>Amounts are in minor units of {@link #currencyCode()}. The figures are the invoice's own (sums
 * of rounded lines); the renderer prints them and never works them out again.
 *
 * @param kind what is printed
 * @param number the document's number (INV-2026-0001, Q-2026-0001, R-2026-0001)
 * @param issueDate the day it was issued (for a receipt: the day of the payment)
 * @param dueDate the invoice's due date, the quote's valid-until date; null for a receipt
 * @param lines the lines in their order
 * @param taxes one sum per tax rate and category, in the order of first appearance
 * @param paymentTerms the terms in words ("14 days net")
 * @param paymentInstructions how to pay besides the link (bank account, reference to quote)
 * @param payLink the address where the recipient pays or accepts online; may be null
 * @param voidReason set when the invoice was voided: the print is marked void with it
 * @param receipt the payment a receipt confirms; null for invoices and quotes
 */
public record InvoiceDocument(
    Kind kind,
    String number,
    LocalDate issueDate,
    LocalDate dueDate,
    String currencyCode,
    Party issuer,
    Party recipient,
    List<Line> lines,
    List<TaxSum> taxes,
    long netMinor,
    long taxMinor,
    long grossMinor,
    long paidMinor,
    long openMinor,
    String notes,
    String paymentTerms,
    String paymentInstructions,
    String payLink,
    Branding branding,
    String voidReason,
    Receipt receipt) {

  public enum Kind {
    INVOICE,
    QUOTE,
    RECEIPT
  }

  /**
   * Who issues or receives the document.
   *
   * @param address street lines, postcode and city, one per line
   * @param countryCode ISO 3166-1 alpha-2
   * @param taxId VAT identifier, may be null
   */
  public record Party(
      String name, String email, String address, String countryCode, String taxId) {}

  /**
   * One line.
   *
   * @param quantity hours, days or pieces (up to three decimals)
   * @param unit the UN/ECE rec. 20 unit code: HUR hours, C62 pieces, DAY days
   * @param unitPriceMinor price of one unit before discount
   * @param discountPercent 0–100, taken off quantity × unit price before rounding
   * @param netMinor round-half-even(quantity × unit price × (1 − discount))
   * @param taxRatePercent 0–100, e.g. 19.00
   * @param taxCategory the EN 16931 VAT category: S standard, Z zero rated, E exempt, AE reverse
   *     charge
   * @param taxMinor round-half-even(net × rate)
   */
  public record Line(
      String description,
      BigDecimal quantity,
      String unit,
      long unitPriceMinor,
      BigDecimal discountPercent,
      long netMinor,
      BigDecimal taxRatePercent,
      String taxCategory,
      long taxMinor) {}

  /**
   * The sum of the lines of one tax rate and category.
   *
   * @param exemptionNote why no tax is charged (reverse charge), printed and carried in the
   *     e-invoice; null for standard rates
   */
  public record TaxSum(
      BigDecimal ratePercent,
      String category,
      long netMinor,
      long taxMinor,
      String exemptionNote) {}

  /** The workspace's name, colour (#1a73e8) and logo (PNG or JPEG bytes, may be null). */
  public record Branding(String workspaceName, String colour, byte[] logo, String logoMediaType) {}

  /**
   * The payment a receipt confirms.
   *
   * @param invoiceNumber the invoice paid
   * @param method in words: "Wallet", "Card", "Bank transfer"
   * @param reference the payer's or provider's reference, may be null
   */
  public record Receipt(
      String invoiceNumber, long amountMinor, String method, String reference, Instant paidAt) {}
}
