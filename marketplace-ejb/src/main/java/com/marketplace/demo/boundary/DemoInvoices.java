package com.marketplace.demo.boundary;

import com.marketplace.desk.entity.DeskClient;
import com.marketplace.invoicing.control.InvoiceIssuing;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.control.InvoiceSettlement;
import com.marketplace.invoicing.control.QuoteSending;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo invoices of the first freelancer, one in each state a freelancer meets: paid by bank
 * transfer, partly paid, overdue (the reminder scan finds it and writes to the client), open and a
 * draft; a quote sent and one being written; and one open invoice of the second freelancer. Issued
 * through invoicing's own steps at the days they would have been. Called only by {@link DemoData}
 * at first start, inside the seeded workspace, after the desk's clients exist.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DemoInvoices {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceIssuing issuing;
  @Inject InvoiceSettlement settlement;
  @Inject InvoiceProfiles profiles;
  @Inject QuoteSending sending;
  @Inject Clock clock;

  public void seed(DemoMarketplace.Cast cast, String currency) {
    long unit = currency.equals("JPY") ? 1 : 100;
    boolean europe = currency.equals("EUR");
    BigDecimal vat = europe ? new BigDecimal("19") : BigDecimal.ZERO;
    Instant now = clock.instant();
    long fiona = cast.freelancer();
    profiles
        .forUpdate(Issuers.member(fiona))
        .write(
            "Fiona Freelance Studio",
            europe ? "Torstraße 12\n10119 Berlin" : "12 Market Street\nSpringfield, IL 62701",
            europe ? "DE" : "US",
            europe ? "DE287654321" : "12-3456789",
            "FF",
            14,
            europe
                ? "Bank transfer to IBAN DE89 3704 0044 0532 0130 00, quoting the invoice number."
                : "Bank transfer to account 000123456789 (routing 021000021), quoting the number.",
            "-3,1,7,14");

    long paid =
        invoice(
            fiona,
            client(fiona, "Northwind Traders"),
            "Thank you for your business.",
            List.of(
                line("Inventory dashboard: discovery workshop", "6", 60 * unit, vat),
                line("Inventory dashboard: data model", "4.5", 60 * unit, vat)),
            now.minus(Duration.ofDays(40)),
            currency);
    pay(paid, fiona, PaymentMethod.BANK_TRANSFER, -1, "Transfer NW-2291");

    invoice(
        fiona,
        client(fiona, "Fischer Design"),
        "Brand guidelines, first part.",
        List.of(
            line("Brand guidelines: logo use and colours", "12", 55 * unit, vat),
            line("Print-ready files", "1", 180 * unit, vat)),
        now.minus(Duration.ofDays(30)),
        currency);

    long partly =
        invoice(
            fiona,
            client(fiona, "Acme Bakery Group"),
            null,
            List.of(
                line("Seasonal menu cards: concept", "8", 50 * unit, vat),
                line("Menu photography (day rate)", "1", 400 * unit, vat)),
            now.minus(Duration.ofDays(5)),
            currency);
    pay(partly, fiona, PaymentMethod.BANK_TRANSFER, 300 * unit, "Transfer AB-118");

    invoice(
        fiona,
        client(fiona, "Northwind Traders"),
        null,
        List.of(line("Inventory dashboard: hourly refresh", "10", 60 * unit, vat)),
        now.minus(Duration.ofDays(1)),
        currency);

    draft(
        fiona,
        client(fiona, "Northwind Traders"),
        List.of(line("Warehouse app, phase 2: estimate workshop", "3", 60 * unit, vat)),
        currency);

    // a quote sent to a client without an account, and one still being written
    var sent =
        quote(
            fiona,
            client(fiona, "Northwind Traders"),
            "Warehouse app, phase 2",
            List.of(
                line("Scanning and picking lists: design", "16", 60 * unit, vat),
                line("Scanning and picking lists: build", "40", 60 * unit, vat)),
            currency);
    sending.send(sent, now);
    quote(
        fiona,
        client(fiona, "Fischer Design"),
        "Brand guidelines, second part",
        List.of(line("Brand guidelines: type and print", "10", 55 * unit, vat)),
        currency);

    long frank = cast.freelancer2();
    profiles
        .forUpdate(Issuers.member(frank))
        .write(
            null,
            europe ? "Hafenstraße 3\n20459 Hamburg" : "400 Lake Avenue\nMadison, WI 53703",
            europe ? "DE" : "US",
            europe ? "DE312345678" : "98-7654321",
            "INV",
            14,
            null,
            "-3,1,7,14");
    invoice(
        frank,
        client(frank, "Bright Mail Co."),
        null,
        List.of(line("Newsletter template", "1", 600 * unit, vat)),
        now.minus(Duration.ofDays(3)),
        currency);
  }

  private long invoice(
      long freelancer,
      DeskClient to,
      String notes,
      List<LineItem> lines,
      Instant issuedAt,
      String currency) {
    Invoice invoice = draft(freelancer, to, lines, currency);
    invoice.describe(14, notes);
    issuing.issue(invoice, freelancer, issuedAt);
    return invoice.getId();
  }

  private Invoice draft(long freelancer, DeskClient to, List<LineItem> lines, String currency) {
    var invoice =
        new Invoice(
            Issuers.member(freelancer),
            freelancer,
            Recipient.of(to),
            currency,
            14,
            null,
            null,
            clock.instant());
    invoice.add(lines);
    em.persist(invoice);
    em.flush();
    return invoice;
  }

  private Quote quote(
      long freelancer, DeskClient to, String title, List<LineItem> lines, String currency) {
    LocalDate today = LocalDate.now(clock);
    var quote =
        new Quote(
            Issuers.member(freelancer),
            freelancer,
            Recipient.of(to),
            currency,
            title,
            today.plusDays(30),
            null,
            today,
            clock.instant());
    em.persist(quote);
    em.flush();
    lines.forEach(quote::add);
    em.flush();
    return quote;
  }

  /** Records a payment the freelancer received; {@code amount} -1: all that is open. */
  private void pay(long invoiceId, long freelancer, PaymentMethod method, long amount, String ref) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    long paying = amount < 0 ? invoice.payable() : amount;
    var payment =
        new InvoicePayment(
            invoiceId,
            invoice.getRecipientMemberId(),
            freelancer,
            method,
            paying,
            "demo-" + invoiceId,
            ref,
            clock.instant());
    em.persist(payment);
    settlement.succeeded(invoice, payment, false, freelancer);
  }

  private DeskClient client(long freelancer, String company) {
    return em.createQuery(
            "SELECT c FROM DeskClient c WHERE c.freelancerId = :f AND c.company = :company",
            DeskClient.class)
        .setParameter("f", freelancer)
        .setParameter("company", company)
        .getSingleResult();
  }

  private static LineItem line(String description, String hours, long price, BigDecimal vat) {
    return new LineItem(
        description,
        new BigDecimal(hours),
        hours.equals("1") ? "C62" : "HUR",
        price,
        BigDecimal.ZERO,
        vat,
        null,
        null,
        null,
        false);
  }
}
