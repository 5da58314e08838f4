package com.marketplace.invoicing.control;

import com.marketplace.files.control.ContentStore;
import com.marketplace.identity.control.Directory;
import com.marketplace.identity.entity.Member;
import com.marketplace.invoicing.entity.DocumentLine;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Branding;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import com.marketplace.invoicing.entity.InvoiceLine;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteLine;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.entity.TaxSummary;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.Tenants;
import com.marketplace.tenancy.entity.TenantView;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints invoices and receipts once and keeps the print: an invoice as it is issued (and again,
 * marked void, when it is voided), a receipt as its payment succeeds. Every later download hands
 * out the kept bytes, so they are identical each time.
 */
@Dependent
public class InvoicePrints {

  /** The largest print kept (a 500-line invoice with a logo stays well below). */
  static final long LARGEST = 32L * 1024 * 1024;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoicePrinter printer;
  @Inject ContentStore store;
  @Inject InvoiceProfiles profiles;
  @Inject Directory directory;
  @Inject Tenants tenants;
  @Inject TenantContext tenant;

  /** Where the recipient pays online: the address of the app, as configured. */
  @Inject
  @ConfigProperty(name = "marketplace.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Prints the invoice as it stands and keeps the print on it. */
  public void print(Invoice invoice) {
    invoice.printed(keep(printer.print(document(invoice))));
  }

  /** Prints the sent quote once and keeps the print on it. */
  public void print(Quote quote) {
    quote.printed(keep(printer.print(document(quote))));
  }

  /** Prints the receipt of a succeeded payment and keeps it on the payment. */
  public void receipt(Invoice invoice, InvoicePayment payment, String number) {
    InvoiceDocument of = document(invoice);
    var receipt =
        new InvoiceDocument(
            InvoiceDocument.Kind.RECEIPT,
            number,
            LocalDate.ofInstant(payment.getPaidAt(), ZoneOffset.UTC),
            null,
            of.currencyCode(),
            of.issuer(),
            of.recipient(),
            of.lines(),
            of.taxes(),
            of.netMinor(),
            of.taxMinor(),
            of.grossMinor(),
            invoice.getPaid(),
            invoice.getGross() - invoice.getPaid(),
            null,
            null,
            null,
            null,
            of.branding(),
            null,
            new InvoiceDocument.Receipt(
                invoice.getNumber(),
                payment.getAmount(),
                payment.getMethod().label(),
                payment.getReference(),
                payment.getPaidAt()));
    payment.receipt(number, keep(printer.print(receipt)));
  }

  /** The e-invoice of an issued invoice alone. */
  public byte[] facturX(Invoice invoice) {
    return printer.facturX(document(invoice));
  }

  /** The kept bytes of a print. */
  public byte[] read(String sha) {
    try {
      return Files.readAllBytes(store.path(sha));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InvoiceDocument document(Invoice invoice) {
    return document(invoice, true);
  }

  /**
   * The invoice's document to check, not to print: without the workspace's logo, which no rule of
   * the e-invoice reads and which issuing would otherwise load for every invoice.
   */
  InvoiceDocument contents(Invoice invoice) {
    return document(invoice, false);
  }

  private InvoiceDocument document(Invoice invoice, boolean withLogo) {
    InvoiceProfile profile = profiles.of(invoice.getIssuerKey());
    TenantView workspace =
        tenants.get(tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")));
    List<LineItem> items = invoice.getLines().stream().map(InvoiceLine::item).toList();
    Recipient to = invoice.recipient();
    return new InvoiceDocument(
        InvoiceDocument.Kind.INVOICE,
        invoice.getNumber(),
        invoice.getIssuedOn(),
        invoice.getDueOn(),
        invoice.getCurrency(),
        issuer(invoice.getIssuerMemberId(), profile, workspace),
        recipient(to, profile),
        invoice.getLines().stream().map(InvoicePrints::line).toList(),
        TaxSummary.of(items),
        invoice.getNet(),
        invoice.getTax(),
        invoice.getGross(),
        invoice.getPaid(),
        invoice.getGross() - invoice.getPaid(),
        invoice.getNotes(),
        invoice.getTermsDays() == 0 ? "Due on receipt" : invoice.getTermsDays() + " days net",
        profile.getPaymentInstructions(),
        publicUrl.replaceAll("/+$", "") + "/app/invoices/invoice.xhtml?id=" + invoice.getId(),
        withLogo
            ? branding(workspace)
            : new Branding(workspace.name(), workspace.primaryColour(), null, null),
        invoice.getVoidReason(),
        null);
  }

  InvoiceDocument document(Quote quote) {
    InvoiceProfile profile = profiles.of(quote.getIssuerKey());
    TenantView workspace =
        tenants.get(tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")));
    List<LineItem> items = quote.getLines().stream().map(QuoteLine::item).toList();
    Recipient to = quote.recipient();
    return new InvoiceDocument(
        InvoiceDocument.Kind.QUOTE,
        quote.getNumber(),
        quote.getSentOn(),
        quote.getValidUntil(),
        quote.getCurrency(),
        issuer(quote.getIssuerMemberId(), profile, workspace),
        recipient(to, profile),
        quote.getLines().stream().map(InvoicePrints::line).toList(),
        TaxSummary.of(items),
        quote.getNet(),
        quote.getTax(),
        quote.getGross(),
        0,
        quote.getGross(),
        quote.getNotes() == null ? quote.getTitle() : quote.getTitle() + "\n\n" + quote.getNotes(),
        null, // the header names the valid-until date
        null,
        publicUrl.replaceAll("/+$", "") + "/app/invoices/quote.xhtml?id=" + quote.getId(),
        branding(workspace),
        null,
        null);
  }

  /** The recipient as printed; one without a country is taken to be in the issuer's. */
  private static Party recipient(Recipient to, InvoiceProfile profile) {
    return new Party(
        to.name(),
        to.email(),
        to.address(),
        to.countryCode() == null ? profile.getCountryCode() : to.countryCode(),
        to.taxId());
  }

  private Party issuer(Long issuerMemberId, InvoiceProfile profile, TenantView workspace) {
    String name = profile.getBusinessName();
    String email = null;
    if (issuerMemberId != null) {
      Member member = em.find(Member.class, issuerMemberId);
      email = member == null ? null : member.getEmail();
      if (name == null) {
        name = directory.name(issuerMemberId);
      }
    }
    return new Party(
        name == null ? workspace.name() : name,
        email,
        profile.getAddress(),
        profile.getCountryCode(),
        profile.getTaxId());
  }

  private Branding branding(TenantView workspace) {
    var logo = tenants.logo(workspace.id());
    return new Branding(
        workspace.name(),
        workspace.primaryColour(),
        logo.map(Tenants.Logo::content).orElse(null),
        logo.map(Tenants.Logo::mediaType).orElse(null));
  }

  private static InvoiceDocument.Line line(DocumentLine l) {
    return new InvoiceDocument.Line(
        l.getDescription(),
        l.getQuantity(),
        l.getUnit(),
        l.getUnitPrice(),
        l.getDiscount(),
        l.getNet(),
        l.getTaxRate(),
        l.getTaxCategory().code(),
        l.getTax());
  }

  private String keep(byte[] pdf) {
    try {
      var staged =
          store
              .stage(new ByteArrayInputStream(pdf), LARGEST)
              .orElseThrow(() -> new IllegalStateException("A print is larger than " + LARGEST));
      store.keep(staged);
      return staged.sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
