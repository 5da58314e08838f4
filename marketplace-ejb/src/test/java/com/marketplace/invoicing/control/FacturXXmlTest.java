package com.marketplace.invoicing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import com.marketplace.platform.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacturXXmlTest {

  private final InvoicePrinter printer = new InvoicePrinter();

  @Test
  void the_same_invoice_gives_the_same_bytes() {
    assertThat(printer.facturX(Documents.mixedWithReverseCharge()))
        .isEqualTo(printer.facturX(Documents.mixedWithReverseCharge()));
  }

  @Test
  void totals_are_the_documents_own_figures() {
    InvoiceDocument doc = Documents.mixedWithReverseCharge();

    String xml = xml(doc);

    assertThat(xml)
        .contains("<ram:GuidelineSpecifiedDocumentContextParameter>")
        .contains("<ram:ID>urn:cen.eu:en16931:2017</ram:ID>")
        .contains("<ram:LineTotalAmount>2960.00</ram:LineTotalAmount>")
        .contains("<ram:TaxBasisTotalAmount>2960.00</ram:TaxBasisTotalAmount>")
        .contains("<ram:TaxTotalAmount currencyID=\"EUR\">377.00</ram:TaxTotalAmount>")
        .contains("<ram:GrandTotalAmount>3337.00</ram:GrandTotalAmount>")
        .contains("<ram:TotalPrepaidAmount>100.00</ram:TotalPrepaidAmount>")
        .contains("<ram:DuePayableAmount>3237.00</ram:DuePayableAmount>")
        .contains("<ram:CategoryCode>AE</ram:CategoryCode>")
        .contains("<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>")
        .contains("<ram:ExemptionReason>Reverse charge: the recipient accounts for the VAT")
        .contains("<ram:ID schemeID=\"VA\">ATU12345678</ram:ID>")
        .contains("<udt:DateTimeString format=\"102\">20260316</udt:DateTimeString>")
        .contains("<ram:Description>14 days net</ram:Description>");
  }

  @Test
  void yen_amounts_have_no_decimals() {
    String xml = xml(Documents.yen());

    assertThat(xml)
        .contains("<ram:ChargeAmount>80000</ram:ChargeAmount>")
        .contains("<ram:LineTotalAmount>240000</ram:LineTotalAmount>")
        .contains("<ram:GrandTotalAmount>281050</ram:GrandTotalAmount>")
        .contains("<ram:InvoiceCurrencyCode>JPY</ram:InvoiceCurrencyCode>")
        .doesNotContain("281050.00");
  }

  @Test
  void a_tax_number_that_is_no_vat_id_also_identifies_the_seller() {
    assertThat(xml(Documents.yen()))
        .contains("<ram:ID>T1234567890123</ram:ID>")
        .contains("<ram:ID schemeID=\"FC\">T1234567890123</ram:ID>");
  }

  @Test
  void a_discount_is_carried_in_the_price_to_four_decimals_and_the_line_keeps_its_rounded_net() {
    String xml = xml(Documents.discounted());

    // 7.5 h × 33.33 € less 12.5 %: 29.16375 € a unit, 218.73 € the line
    assertThat(xml)
        .contains("<ram:ChargeAmount>33.33</ram:ChargeAmount>")
        .contains("<ram:ActualAmount>4.1662</ram:ActualAmount>")
        .contains("<ram:ChargeAmount>29.1638</ram:ChargeAmount>")
        .contains("<ram:BilledQuantity unitCode=\"HUR\">7.5</ram:BilledQuantity>")
        .contains("<ram:LineTotalAmount>218.73</ram:LineTotalAmount>")
        .contains("<ram:ChargeAmount>44.991</ram:ChargeAmount>");
  }

  @Test
  void an_invoice_without_the_issuers_tax_id_prints_without_e_invoice_and_says_why() {
    Party noTaxId = new Party("Solo Studio", null, "Street 1\n10115 Berlin", "DE", null);
    InvoiceDocument doc =
        Documents.invoice(
            "INV-1",
            "EUR",
            noTaxId,
            Documents.ACME,
            Documents.line("Work", "1", "HUR", 100, "19", "S"));

    assertThat(printer.facturXProblem(doc))
        .hasValueSatisfying(why -> assertThat(why).contains("issuer's tax id"));
    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));
    assertThat(pdf.attachments).isEmpty();
    assertThat(pdf.metadata).contains("<pdfaid:part>3</pdfaid:part>").doesNotContain("fx:");
    assertThat(pdf.text()).contains("INV-1", "Solo Studio", "Work");
    // the XML alone is still written from what there is
    assertThat(xml(doc))
        .contains("<ram:Name>Solo Studio</ram:Name>")
        .doesNotContain("SpecifiedTaxRegistration");
  }

  @Test
  void a_valid_invoice_has_no_problem() {
    assertThat(printer.facturXProblem(Documents.mixedWithReverseCharge())).isEmpty();
    assertThat(printer.facturXProblem(Documents.yen())).isEmpty();
  }

  @Test
  void reverse_charge_without_the_recipients_vat_id_is_a_problem() {
    InvoiceDocument doc =
        Documents.document(
            Kind.INVOICE,
            "INV-2",
            "EUR",
            Documents.DESIGNER,
            Documents.ACME,
            0,
            Map.of(),
            Documents.line("Work", "1", "HUR", 100, "0", "AE"));

    assertThat(printer.facturXProblem(doc))
        .hasValueSatisfying(why -> assertThat(why).contains("recipient's VAT id"));
    assertThat(PrintedPdf.read(printer.print(doc)).attachments).isEmpty();
  }

  @Test
  void figures_that_do_not_add_up_are_a_problem() {
    InvoiceDocument good = Documents.single19();
    InvoiceDocument doc =
        new InvoiceDocument(
            good.kind(),
            good.number(),
            good.issueDate(),
            good.dueDate(),
            good.currencyCode(),
            good.issuer(),
            good.recipient(),
            good.lines(),
            good.taxes(),
            good.netMinor(),
            good.taxMinor(),
            good.grossMinor() + 1,
            good.paidMinor(),
            good.openMinor() + 1,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(printer.facturXProblem(doc))
        .hasValueSatisfying(why -> assertThat(why).contains("do not add up: the total"));
  }

  @Test
  void an_invoice_without_a_number_has_no_e_invoice_at_all() {
    InvoiceDocument good = Documents.single19();
    InvoiceDocument draft =
        new InvoiceDocument(
            good.kind(),
            null,
            good.issueDate(),
            good.dueDate(),
            good.currencyCode(),
            good.issuer(),
            good.recipient(),
            good.lines(),
            good.taxes(),
            good.netMinor(),
            good.taxMinor(),
            good.grossMinor(),
            good.paidMinor(),
            good.openMinor(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(() -> printer.facturX(draft))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("number");
  }

  @Test
  void quotes_and_receipts_have_no_e_invoice() {
    assertThatThrownBy(() -> printer.facturX(Documents.pounds()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String xml(InvoiceDocument doc) {
    return new String(printer.facturX(doc), StandardCharsets.UTF_8);
  }
}
