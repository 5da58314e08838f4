package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import com.marketplace.invoicing.entity.InvoiceDocument.Line;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import com.marketplace.invoicing.entity.InvoiceDocument.TaxSum;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an invoice needs before its e-invoice is a valid EN 16931 invoice, checked up front so that
 * no printed invoice carries one that receivers reject. The figures are compared, never
 * recalculated.
 *
 * <p>Every VAT category but "not subject to VAT" needs the seller's VAT id or tax number (BR-S-02,
 * BR-Z-02, BR-E-02, BR-AE-02), and the seller must be identifiable (BR-CO-26): an issuer without a
 * tax id cannot issue a valid e-invoice at all, whatever else is written.
 *
 * <p>Tax ids: one that starts with a country code ({@code DE123456789}) is a VAT identifier (scheme
 * VA); any other is a tax registration number (scheme FC), which EN 16931 does not count as
 * identifying the seller (BR-CO-26), so it is written as the seller's identifier as well.
 */
final class FacturXRules {

  private static final Pattern VAT_ID = Pattern.compile("([A-Z]{2})[0-9A-Z+*.]{2,13}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> CATEGORIES =
      Set.of("S", "Z", "E", "AE", "K", "G", "O", "L", "M");

  /** VATEX codes for the categories whose VAT breakdown must say why no VAT is charged. */
  private static final Map<String, String> EXEMPTION_CODES =
      Map.of("AE", "VATEX-EU-AE", "K", "VATEX-EU-IC", "G", "VATEX-EU-G", "O", "VATEX-EU-O");

  private static final Map<String, String> EXEMPTION_TEXTS =
      Map.of(
          "AE", "Reverse charge",
          "E", "Exempt from VAT",
          "K", "Intra-community supply",
          "G", "Export outside the EU",
          "O", "Not subject to VAT");

  private FacturXRules() {}

  /** Why the invoice cannot become an EN 16931 e-invoice; empty when it can. */
  static Optional<String> problem(InvoiceDocument doc) {
    try {
      check(doc);
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Refuses an invoice the e-invoice cannot even be written for. */
  static void requireWritable(InvoiceDocument doc) {
    require(doc.kind() == Kind.INVOICE, "Only an invoice has an e-invoice.");
    require(doc.number() != null && !doc.number().isBlank(), "The invoice needs a number.");
    require(doc.issueDate() != null, "The invoice needs an issue date.");
    require(doc.currencyCode() != null, "The invoice needs a currency.");
    Money.currency(doc.currencyCode());
    require(doc.issuer() != null && doc.recipient() != null, "The invoice needs both parties.");
    require(doc.lines() != null && doc.taxes() != null, "The invoice needs its lines and taxes.");
  }

  /** Refuses, with the reason, an invoice that cannot become a valid EN 16931 e-invoice. */
  static void check(InvoiceDocument doc) {
    requireWritable(doc);
    party(doc.issuer(), "issuer");
    party(doc.recipient(), "recipient");
    require(!doc.lines().isEmpty(), "An e-invoice needs at least one line (BR-16).");
    require(!doc.taxes().isEmpty(), "An e-invoice needs its tax summary (BR-CO-18).");
    long lineNet = 0;
    for (Line line : doc.lines()) {
      require(
          line.quantity() != null && line.taxRatePercent() != null,
          "Each line needs a quantity and a tax rate.");
      require(
          CATEGORIES.contains(line.taxCategory()),
          "\"" + line.taxCategory() + "\" is not an EN 16931 VAT category.");
      require(
          doc.taxes().stream().anyMatch(t -> sameRate(t, line)),
          "The tax summary has no sum for the lines of "
              + line.taxCategory()
              + " "
              + line.taxRatePercent().toPlainString()
              + " %.");
      lineNet += line.netMinor();
    }
    long taxNet = 0;
    long tax = 0;
    for (TaxSum sum : doc.taxes()) {
      long net = doc.lines().stream().filter(l -> sameRate(sum, l)).mapToLong(Line::netMinor).sum();
      adds(net == sum.netMinor(), "the net of " + sum.category() + " " + sum.ratePercent());
      taxNet += sum.netMinor();
      tax += sum.taxMinor();
    }
    adds(lineNet == doc.netMinor() && taxNet == doc.netMinor(), "the net");
    adds(tax == doc.taxMinor(), "the tax");
    adds(doc.netMinor() + doc.taxMinor() == doc.grossMinor(), "the total");
    adds(doc.grossMinor() - doc.paidMinor() == doc.openMinor(), "the amount due");
    require(
        doc.openMinor() <= 0
            || doc.dueDate() != null
            || (doc.paymentTerms() != null && !doc.paymentTerms().isBlank()),
        "An invoice with an amount due needs a due date or payment terms (BR-CO-25).");
    require(
        taxId(doc.issuer()) != null,
        "The issuer's tax id is needed for an e-invoice (EN 16931 BR-CO-26, BR-S-02).");
    require(
        !has(doc, "AE") || "VA".equals(buyerTaxScheme(doc)),
        "A reverse-charge invoice needs the recipient's VAT id (EN 16931 BR-AE-02).");
  }

  /** VA for a VAT id, FC for another tax number, null for none. */
  static String sellerTaxScheme(InvoiceDocument doc) {
    String id = taxId(doc.issuer());
    if (id == null) {
      return null;
    }
    // an invoice not subject to VAT must not name a VAT id (BR-O-02)
    return isVatId(id) && !has(doc, "O") ? "VA" : "FC";
  }

  /** VA for the recipient's VAT id; EN 16931 has no place for a buyer's other tax numbers. */
  static String buyerTaxScheme(InvoiceDocument doc) {
    String id = taxId(doc.recipient());
    return id != null && isVatId(id) && !has(doc, "O") ? "VA" : null;
  }

  /** The party's tax id without blanks, or null. */
  static String taxId(Party party) {
    if (party == null || party.taxId() == null || party.taxId().isBlank()) {
      return null;
    }
    return party.taxId().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Why no VAT is charged, for the categories that must say it (BR-AE-10, BR-E-10 …): the
   * document's note, else the category's name; null for standard and zero rates, which must not.
   */
  static String exemptionReason(TaxSum tax) {
    if (!EXEMPTION_TEXTS.containsKey(tax.category())) {
      return null;
    }
    return tax.exemptionNote() != null && !tax.exemptionNote().isBlank()
        ? tax.exemptionNote().strip()
        : EXEMPTION_TEXTS.get(tax.category());
  }

  static String exemptionReasonCode(String category) {
    return EXEMPTION_CODES.get(category);
  }

  static boolean isVatId(String taxId) {
    var m = VAT_ID.matcher(taxId);
    return m.matches() && (COUNTRIES.contains(m.group(1)) || "EL".equals(m.group(1)));
  }

  private static boolean has(InvoiceDocument doc, String category) {
    return doc.lines().stream().anyMatch(l -> category.equals(l.taxCategory()));
  }

  private static boolean sameRate(TaxSum sum, Line line) {
    return Objects.equals(sum.category(), line.taxCategory())
        && sum.ratePercent() != null
        && line.taxRatePercent() != null
        && sum.ratePercent().compareTo(line.taxRatePercent()) == 0;
  }

  private static void party(Party party, String role) {
    require(
        party != null && party.name() != null && !party.name().isBlank(),
        "The " + role + " needs a name.");
    require(
        party.countryCode() != null
            && COUNTRIES.contains(party.countryCode().strip().toUpperCase(Locale.ROOT)),
        "The " + role + " needs a country (ISO 3166-1 alpha-2 code).");
  }

  private static void adds(boolean ok, String what) {
    require(ok, "The invoice's figures do not add up: " + what + ".");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new InvalidInputException(message);
    }
  }
}
