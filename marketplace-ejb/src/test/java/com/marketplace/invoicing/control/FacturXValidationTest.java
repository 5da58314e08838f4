package com.marketplace.invoicing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.invoicing.entity.InvoiceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Every printed invoice passes the Mustang validator as a whole (PDF/A-3 by veraPDF, the Factur-X
 * metadata, the XML against the Factur-X schema and the EN 16931 schematron), and so does its XML
 * alone.
 */
class FacturXValidationTest {

  private static final InvoicePrinter PRINTER = new InvoicePrinter();
  private static final Path OUT = Path.of("target", "printed");

  static Stream<Named<InvoiceDocument>> invoices() {
    return Stream.of(
        Named.of("a single 19 % line", Documents.single19()),
        Named.of("19 %, 7 % and reverse charge", Documents.mixedWithReverseCharge()),
        Named.of("discounted lines", Documents.discounted()),
        Named.of("yen", Documents.yen()),
        Named.of(
            "a voided invoice", Documents.voided(Documents.single19(), "Sent to the wrong client")),
        Named.of("many lines", Documents.manyLines(90)));
  }

  @ParameterizedTest
  @MethodSource("invoices")
  void the_invoice_pdf_is_valid_pdfa3_with_a_valid_en16931_invoice(InvoiceDocument doc) {
    byte[] pdf = PRINTER.print(doc);
    save(doc.number() + (doc.voidReason() == null ? "" : "-void") + ".pdf", pdf);

    String report = validate(pdf, "invoice.pdf");
    save(doc.number() + "-report.xml", report.getBytes(StandardCharsets.UTF_8));

    assertThat(report).doesNotContain("<error").contains("status=\"valid\"");
  }

  @ParameterizedTest
  @MethodSource("invoices")
  void the_xml_alone_is_a_valid_en16931_invoice(InvoiceDocument doc) {
    byte[] xml = PRINTER.facturX(doc);
    save(doc.number() + ".xml", xml);

    String report = validate(xml, "factur-x.xml");

    assertThat(report).doesNotContain("<error").contains("status=\"valid\"");
  }

  @Test
  void an_invoice_that_cannot_carry_an_e_invoice_is_still_pdfa3() {
    var noTaxId =
        new InvoiceDocument.Party("Solo Studio", null, "Street 1\n10115 Berlin", "DE", null);
    InvoiceDocument doc =
        Documents.invoice(
            "INV-2026-0100",
            "EUR",
            noTaxId,
            Documents.TOKYO,
            Documents.line("Work", "1", "HUR", 100, "19", "S"));

    String report = validate(PRINTER.print(doc), "invoice.pdf");

    // veraPDF finds a compliant PDF/A-3u; only the Factur-X metadata is missing, as it should be
    assertThat(report).contains("flavour=3u", "assertions=[]", "isCompliant=true");
    assertThat(report).contains("XMP Metadata: DocumentFileName not found");
  }

  @Test
  void the_validator_does_find_an_invoice_whose_total_is_wrong() {
    String xml = new String(PRINTER.facturX(Documents.single19()), StandardCharsets.UTF_8);
    String wrong =
        xml.replace(
            "<ram:GrandTotalAmount>1130.50</ram:GrandTotalAmount>",
            "<ram:GrandTotalAmount>1130.51</ram:GrandTotalAmount>");
    assertThat(wrong).isNotEqualTo(xml);

    assertThat(validate(wrong.getBytes(StandardCharsets.UTF_8), "factur-x.xml"))
        .contains("<error", "BR-CO-15");
  }

  private static String validate(byte[] content, String name) {
    var validator = new ZUGFeRDValidator();
    validator.disableNotices();
    return validator.validate(content, name);
  }

  private static void save(String name, byte[] content) {
    try {
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
