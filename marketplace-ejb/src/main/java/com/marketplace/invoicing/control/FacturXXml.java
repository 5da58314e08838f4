package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Line;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import com.marketplace.invoicing.entity.InvoiceDocument.TaxSum;
import com.marketplace.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The invoice as a Factur-X / ZUGFeRD e-invoice: UN/CEFACT Cross Industry Invoice (D16B) in the EN
 * 16931 profile. Every amount is the document's own figure, written with as many decimals as its
 * currency has (JPY none); nothing is recalculated. {@link FacturXRules} refuses first what EN
 * 16931 would reject.
 *
 * <p>A discount is carried in the item price: the gross price is the unit price, the price
 * allowance what the discount takes off one unit, the net price what is left (to four decimals at
 * most, as EN 16931 allows for prices); the line's net amount is the document's rounded one.
 */
final class FacturXXml {

  static final String GUIDELINE = "urn:cen.eu:en16931:2017";

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int MAX_PRICE_DECIMALS = 4;

  private final InvoiceDocument doc;
  private final int digits;
  private final XmlOut xml = new XmlOut();

  private FacturXXml(InvoiceDocument doc) {
    this.doc = doc;
    this.digits = Money.zero(doc.currencyCode()).fractionDigits();
  }

  /**
   * The XML in UTF-8, written from what the document holds, even where that falls short of EN 16931
   * ({@link FacturXRules#problem} says whether it does).
   */
  static byte[] of(InvoiceDocument doc) {
    FacturXRules.requireWritable(doc);
    return new FacturXXml(doc).write();
  }

  private byte[] write() {
    xml.open(
        "rsm:CrossIndustryInvoice",
        "xmlns:rsm",
        "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
        "xmlns:qdt",
        "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
        "xmlns:ram",
        "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "xmlns:udt",
        "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
    xml.open("rsm:ExchangedDocumentContext")
        .open("ram:GuidelineSpecifiedDocumentContextParameter")
        .leaf("ram:ID", GUIDELINE)
        .close("ram:GuidelineSpecifiedDocumentContextParameter")
        .close("rsm:ExchangedDocumentContext");
    header();
    xml.open("rsm:SupplyChainTradeTransaction");
    for (int i = 0; i < doc.lines().size(); i++) {
      line(i + 1, doc.lines().get(i));
    }
    xml.open("ram:ApplicableHeaderTradeAgreement");
    party("ram:SellerTradeParty", doc.issuer(), FacturXRules.sellerTaxScheme(doc));
    party("ram:BuyerTradeParty", doc.recipient(), FacturXRules.buyerTaxScheme(doc));
    xml.close("ram:ApplicableHeaderTradeAgreement");
    xml.open("ram:ApplicableHeaderTradeDelivery").close("ram:ApplicableHeaderTradeDelivery");
    settlement();
    xml.close("rsm:SupplyChainTradeTransaction");
    xml.close("rsm:CrossIndustryInvoice");
    return xml.bytes();
  }

  private void header() {
    xml.open("rsm:ExchangedDocument")
        .leaf("ram:ID", doc.number())
        .leaf("ram:TypeCode", "380"); // commercial invoice
    date("ram:IssueDateTime", doc.issueDate());
    note(doc.voidReason() == null ? null : "VOID: " + doc.voidReason());
    note(doc.notes());
    note(doc.paymentInstructions() == null ? null : "Payment: " + doc.paymentInstructions());
    note(doc.payLink() == null ? null : "Pay online: " + doc.payLink());
    xml.close("rsm:ExchangedDocument");
  }

  private void note(String text) {
    if (text != null && !text.isBlank()) {
      xml.open("ram:IncludedNote").leaf("ram:Content", text.strip()).close("ram:IncludedNote");
    }
  }

  private void line(int number, Line line) {
    // EN 16931 knows no negative prices: a negative price is a negative quantity instead
    boolean negative = line.unitPriceMinor() < 0;
    BigDecimal quantity = negative ? line.quantity().negate() : line.quantity();
    BigDecimal gross = BigDecimal.valueOf(Math.abs(line.unitPriceMinor()), digits);
    BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
    BigDecimal net = netPrice(gross, discount);
    String description = line.description() == null ? "" : line.description().strip();
    xml.open("ram:IncludedSupplyChainTradeLineItem")
        .open("ram:AssociatedDocumentLineDocument")
        .leaf("ram:LineID", Integer.toString(number))
        .close("ram:AssociatedDocumentLineDocument")
        .open("ram:SpecifiedTradeProduct")
        .leaf("ram:Name", description.isEmpty() ? "Line " + number : description)
        .close("ram:SpecifiedTradeProduct")
        .open("ram:SpecifiedLineTradeAgreement");
    if (discount.signum() != 0) {
      xml.open("ram:GrossPriceProductTradePrice")
          .leaf("ram:ChargeAmount", gross.toPlainString())
          .open("ram:AppliedTradeAllowanceCharge")
          .open("ram:ChargeIndicator")
          .leaf("udt:Indicator", "false")
          .close("ram:ChargeIndicator")
          .leaf("ram:ActualAmount", gross.subtract(net).toPlainString())
          .close("ram:AppliedTradeAllowanceCharge")
          .close("ram:GrossPriceProductTradePrice");
    }
    xml.open("ram:NetPriceProductTradePrice")
        .leaf("ram:ChargeAmount", net.toPlainString())
        .close("ram:NetPriceProductTradePrice")
        .close("ram:SpecifiedLineTradeAgreement")
        .open("ram:SpecifiedLineTradeDelivery")
        .leaf(
            "ram:BilledQuantity",
            plain(quantity),
            "unitCode",
            line.unit() == null || line.unit().isBlank() ? "C62" : line.unit().strip())
        .close("ram:SpecifiedLineTradeDelivery")
        .open("ram:SpecifiedLineTradeSettlement")
        .open("ram:ApplicableTradeTax")
        .leaf("ram:TypeCode", "VAT")
        .leaf("ram:CategoryCode", line.taxCategory())
        .leaf("ram:RateApplicablePercent", plain(line.taxRatePercent()))
        .close("ram:ApplicableTradeTax")
        .open("ram:SpecifiedTradeSettlementLineMonetarySummation")
        .leaf("ram:LineTotalAmount", amount(line.netMinor()))
        .close("ram:SpecifiedTradeSettlementLineMonetarySummation")
        .close("ram:SpecifiedLineTradeSettlement")
        .close("ram:IncludedSupplyChainTradeLineItem");
  }

  /** The unit price less the discount, exact where it can be, else to four decimals. */
  private BigDecimal netPrice(BigDecimal gross, BigDecimal discountPercent) {
    if (discountPercent.signum() == 0) {
      return gross;
    }
    BigDecimal net =
        gross.multiply(BigDecimal.valueOf(100).subtract(discountPercent)).movePointLeft(2);
    if (net.scale() > Math.max(digits, MAX_PRICE_DECIMALS)) {
      net = net.setScale(Math.max(digits, MAX_PRICE_DECIMALS), RoundingMode.HALF_EVEN);
    }
    net = net.stripTrailingZeros();
    return net.scale() < digits ? net.setScale(digits) : net;
  }

  private void party(String element, Party party, String taxScheme) {
    xml.open(element);
    if ("FC".equals(taxScheme) && element.equals("ram:SellerTradeParty")) {
      // a tax number alone does not identify the seller in EN 16931 (BR-CO-26)
      xml.leaf("ram:ID", FacturXRules.taxId(party));
    }
    xml.leafIfAny("ram:Name", party.name());
    if (party.countryCode() == null || party.countryCode().isBlank()) {
      // an address without its country has no place in the e-invoice
      taxRegistration(party, taxScheme);
      xml.close(element);
      return;
    }
    xml.open("ram:PostalTradeAddress");
    String[] lines =
        party.address() == null || party.address().isBlank()
            ? new String[0]
            : party.address().strip().split("\\s*\\R\\s*", 3);
    String[] names = {"ram:LineOne", "ram:LineTwo", "ram:LineThree"};
    for (int i = 0; i < lines.length; i++) {
      xml.leafIfAny(names[i], lines[i].replaceAll("\\s*\\R\\s*", ", "));
    }
    xml.leaf("ram:CountryID", party.countryCode().strip().toUpperCase(Locale.ROOT))
        .close("ram:PostalTradeAddress");
    if (party.email() != null && !party.email().isBlank()) {
      xml.open("ram:URIUniversalCommunication")
          .leaf("ram:URIID", party.email().strip(), "schemeID", "EM")
          .close("ram:URIUniversalCommunication");
    }
    taxRegistration(party, taxScheme);
    xml.close(element);
  }

  private void taxRegistration(Party party, String taxScheme) {
    if (taxScheme != null) {
      xml.open("ram:SpecifiedTaxRegistration")
          .leaf("ram:ID", FacturXRules.taxId(party), "schemeID", taxScheme)
          .close("ram:SpecifiedTaxRegistration");
    }
  }

  private void settlement() {
    xml.open("ram:ApplicableHeaderTradeSettlement")
        .leaf("ram:PaymentReference", doc.number())
        .leaf("ram:InvoiceCurrencyCode", doc.currencyCode().strip().toUpperCase(Locale.ROOT));
    for (TaxSum tax : doc.taxes()) {
      String reason = FacturXRules.exemptionReason(tax);
      String reasonCode = FacturXRules.exemptionReasonCode(tax.category());
      xml.open("ram:ApplicableTradeTax")
          .leaf("ram:CalculatedAmount", amount(tax.taxMinor()))
          .leaf("ram:TypeCode", "VAT");
      if (reason != null) {
        xml.leaf("ram:ExemptionReason", reason);
      }
      xml.leaf("ram:BasisAmount", amount(tax.netMinor())).leaf("ram:CategoryCode", tax.category());
      if (reasonCode != null) {
        xml.leaf("ram:ExemptionReasonCode", reasonCode);
      }
      xml.leaf("ram:RateApplicablePercent", plain(tax.ratePercent()))
          .close("ram:ApplicableTradeTax");
    }
    boolean terms = doc.paymentTerms() != null && !doc.paymentTerms().isBlank();
    if (terms || doc.dueDate() != null) {
      xml.open("ram:SpecifiedTradePaymentTerms");
      xml.leafIfAny("ram:Description", doc.paymentTerms());
      if (doc.dueDate() != null) {
        date("ram:DueDateDateTime", doc.dueDate());
      }
      xml.close("ram:SpecifiedTradePaymentTerms");
    }
    String currency = doc.currencyCode().strip().toUpperCase(Locale.ROOT);
    xml.open("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        .leaf("ram:LineTotalAmount", amount(doc.netMinor()))
        .leaf("ram:TaxBasisTotalAmount", amount(doc.netMinor()))
        .leaf("ram:TaxTotalAmount", amount(doc.taxMinor()), "currencyID", currency)
        .leaf("ram:GrandTotalAmount", amount(doc.grossMinor()))
        .leaf("ram:TotalPrepaidAmount", amount(doc.paidMinor()))
        .leaf("ram:DuePayableAmount", amount(doc.openMinor()))
        .close("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        .close("ram:ApplicableHeaderTradeSettlement");
  }

  private void date(String element, LocalDate date) {
    xml.open(element).leaf("udt:DateTimeString", DATE.format(date), "format", "102").close(element);
  }

  private String amount(long minor) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }

  private static String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
