package com.marketplace.invoicing.control;

import static com.marketplace.invoicing.control.Documents.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Branding;
import com.marketplace.invoicing.entity.InvoiceDocument.Line;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InvoicePrinterTest {

  private final InvoicePrinter printer = new InvoicePrinter();

  @Test
  void an_invoice_shows_its_number_parties_lines_and_figures_in_euros() {
    InvoiceDocument doc = Documents.mixedWithReverseCharge();

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.text())
        .contains("Invoice", "INV-2026-0002", "2 Mar 2026", "Due date", "16 Mar 2026")
        .contains("Zoë Müller-Łukasiewicz", "Kastanienallee 12", "10435 Berlin", "DE123456789")
        .contains("Wiener Werkstätten GmbH", "Austria", "ATU12345678")
        .contains("Brand workshop", "Printed style guides", "Consulting for the Vienna office")
        .contains("1,5 days", "40 pieces", "6 hours", "19 %", "7 %", "0 %")
        .contains("VAT 19 %", "VAT 7 %", "Reverse charge")
        .contains("Reverse charge: the recipient accounts for the VAT (Art. 196 VAT Directive).")
        .contains(
            normalised(money(doc.netMinor(), "EUR")), normalised(money(doc.taxMinor(), "EUR")))
        .contains(normalised(money(doc.grossMinor(), "EUR")), normalised(money(10000, "EUR")))
        .contains(normalised(money(doc.openMinor(), "EUR")), "€")
        .contains("Thank you for your business.", "14 days net", "IBAN DE02 1203")
        .contains("https://acme.marketplace.test/pay/INV-2026-0002");
    assertThat(pdf.links).containsExactly("https://acme.marketplace.test/pay/INV-2026-0002");
    assertThat(pdf.images).as("the logo").isEqualTo(1);
  }

  @Test
  void japanese_names_and_yen_print_in_the_embedded_fonts() {
    InvoiceDocument doc = Documents.yen();

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.text())
        .contains("東京デザイン株式会社", "渋谷区神南1-2-3", "ロゴデザイン (logo design)")
        .contains("Zoë Müller-Łukasiewicz", "Photography licence ¥ flat", "Japan")
        .contains(normalised(money(doc.grossMinor(), "JPY")), "281,050");
    assertThat(money(doc.grossMinor(), "JPY")).doesNotContain(".");
    assertThat(pdf.fontsEmbedded).isNotEmpty().doesNotContainValue(false);
    assertThat(pdf.fontsEmbedded.keySet())
        .allMatch(name -> name.matches("[A-Z]{6}\\+.*"), "subsets")
        .anyMatch(name -> name.contains("NotoSansJP"))
        .anyMatch(name -> name.contains("NotoSans-"));
  }

  @Test
  void a_quote_in_pounds_is_a_plain_pdf_valid_until_a_date() {
    InvoiceDocument doc = Documents.pounds();

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.text())
        .contains("Quote", "Q-2026-0001", "Valid until", "16 Mar 2026", "PREPARED FOR")
        .contains("Thames Analytics Ltd", "Dashboard prototype", "12 hours", "£80.00")
        .contains(normalised(money(doc.grossMinor(), "GBP")), "ACCEPT ONLINE")
        .doesNotContain("Due date", "Amount due");
    assertThat(pdf.attachments).isEmpty();
    assertThat(pdf.metadata).doesNotContain("pdfaid");
    assertThat(pdf.fontsEmbedded).isNotEmpty().doesNotContainValue(false);
  }

  @Test
  void a_receipt_in_rupees_names_the_invoice_amount_method_reference_and_date() {
    InvoiceDocument doc =
        Documents.receipt("INR", 12_345_678, Documents.DESIGNER, Documents.MUMBAI);

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.text())
        .contains("Receipt", "R-2026-0007", "INV-2026-0042", "PAYMENT RECEIVED")
        .contains(
            normalised(money(12_345_678, "INR")),
            "₹",
            "Bank transfer",
            "UTR 4471-99",
            "9 Mar 2026, 10:15 UTC")
        .contains("Mumbai Textiles Pvt Ltd", "RECEIVED FROM", "Zoë Müller-Łukasiewicz");
    assertThat(pdf.attachments).isEmpty();
    assertThat(pdf.fontsEmbedded).isNotEmpty().doesNotContainValue(false);
  }

  @Test
  void a_receipt_for_a_name_in_devanagari_asks_for_shaping_and_prints_in_the_embedded_fonts() {
    var hindi = new InvoiceDocument.Party("अनीता शर्मा", null, "Bandra West, Mumbai", "IN", null);
    InvoiceDocument doc = Documents.receipt("INR", 250_000, Documents.DESIGNER, hindi);

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(PdfRendering.needsShaping(ReceiptHtml.of(doc))).isTrue();
    assertThat(pdf.text()).contains("Receipt", "Bandra West, Mumbai", "₹");
    assertThat(pdf.fontsEmbedded).isNotEmpty().doesNotContainValue(false);
  }

  @Test
  void only_indic_text_is_shaped() {
    assertThat(PdfRendering.needsShaping("Zoë Müller-Łukasiewicz, 東京デザイン株式会社, ₹ € ￥")).isFalse();
    assertThat(PdfRendering.needsShaping("Mumbai · मुंबई")).isTrue();
    assertThat(PdfRendering.needsShaping("কলকাতা")).as("Bengali").isTrue();
  }

  @Test
  void an_invoice_is_pdfa3_carrying_its_factur_x_xml() {
    InvoiceDocument doc = Documents.single19();

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.attachments).containsOnlyKeys("factur-x.xml");
    assertThat(pdf.attachments.get("factur-x.xml")).isEqualTo(printer.facturX(doc));
    assertThat(pdf.attachmentRelationships.get("factur-x.xml")).isEqualTo("Alternative");
    assertThat(pdf.metadata)
        .contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>")
        .contains("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>")
        .contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>")
        .contains("<fx:DocumentType>INVOICE</fx:DocumentType>", "<fx:Version>1.0</fx:Version>")
        .contains("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#");
  }

  @Test
  void a_long_invoice_breaks_across_pages_with_the_table_header_on_each() {
    InvoiceDocument doc = Documents.manyLines(90);

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.pages).hasSizeGreaterThanOrEqualTo(3);
    for (String page : pdf.pages) {
      assertThat(page).contains("Description", "Quantity", "Unit price", "Net", "INV-2026-0005");
    }
    for (Line line : doc.lines()) {
      assertThat(pdf.text()).contains(line.description() + " ");
    }
    assertThat(pdf.pages.get(pdf.pages.size() - 1))
        .contains("Page " + pdf.pages.size() + " of " + pdf.pages.size())
        .contains(normalised(money(doc.grossMinor(), "EUR")));
  }

  @Test
  void a_voided_invoice_is_marked_void_with_its_reason_on_every_page() {
    InvoiceDocument doc = Documents.voided(Documents.manyLines(70), "Sent to the wrong client");

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.pages).hasSizeGreaterThanOrEqualTo(2);
    for (String page : pdf.pages) {
      assertThat(page).contains("VOID: Sent to the wrong client");
    }
    assertThat(new String(printer.facturX(doc), StandardCharsets.UTF_8))
        .contains("VOID: Sent to the wrong client");
  }

  @Test
  void a_discount_shows_in_its_own_column_only_when_a_line_has_one() {
    assertThat(PrintedPdf.read(printer.print(Documents.discounted())).text())
        .contains("Discount", "12,5 %", "10 %", "7,5 hours");
    assertThat(PrintedPdf.read(printer.print(Documents.single19())).text())
        .doesNotContain("Discount");
  }

  @Test
  void text_from_the_document_stays_text_and_unusable_branding_is_ignored() {
    InvoiceDocument base =
        Documents.invoice(
            "INV-2026-0099",
            "EUR",
            Documents.DESIGNER,
            Documents.ACME,
            Documents.line("<b>Bold</b> & \"quoted\" </td></table>", "1", "C62", 100, "19", "S"));
    InvoiceDocument doc =
        new InvoiceDocument(
            base.kind(),
            base.number(),
            base.issueDate(),
            base.dueDate(),
            base.currencyCode(),
            base.issuer(),
            base.recipient(),
            base.lines(),
            base.taxes(),
            base.netMinor(),
            base.taxMinor(),
            base.grossMinor(),
            base.paidMinor(),
            base.openMinor(),
            "Line one\u0007\nLine two",
            null,
            null,
            "javascript:alert(1)",
            new Branding(
                "Studio",
                "red; } body { display: none",
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
                "image/png"),
            null,
            null);

    PrintedPdf pdf = PrintedPdf.read(printer.print(doc));

    assertThat(pdf.text())
        .contains("<b>Bold</b> & \"quoted\" </td></table>", "Line one", "Line two")
        .contains("javascript:alert(1)");
    assertThat(pdf.links).isEmpty();
    assertThat(pdf.images).isZero();
  }

  @Test
  void one_printer_serves_many_threads_at_once() throws Exception {
    var pool = Executors.newFixedThreadPool(4);
    try {
      var printed = new ArrayList<Future<String>>();
      for (int i = 0; i < 12; i++) {
        InvoiceDocument doc = i % 2 == 0 ? Documents.yen() : Documents.mixedWithReverseCharge();
        printed.add(pool.submit(() -> PrintedPdf.read(printer.print(doc)).text()));
      }
      for (int i = 0; i < printed.size(); i++) {
        assertThat(printed.get(i).get())
            .contains(i % 2 == 0 ? "INV-2026-0004" : "INV-2026-0002")
            .contains(i % 2 == 0 ? "東京デザイン株式会社" : "Wiener Werkstätten GmbH");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_pdf_says_who_made_it() {
    assertThat(PrintedPdf.read(printer.print(Documents.pounds())).producer)
        .isEqualTo(PdfRendering.PRODUCER);
  }

  private static String normalised(String text) {
    return PrintedPdf.normalise(text);
  }
}
