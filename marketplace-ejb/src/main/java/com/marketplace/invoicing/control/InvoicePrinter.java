package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Prints invoices, quotes and receipts as PDF. An invoice is a PDF/A-3 that carries its own
 * e-invoice (Factur-X, EN 16931 profile) as {@code factur-x.xml}, so accounting software reads the
 * same figures a person sees; quotes and receipts are plain PDFs of the same look.
 *
 * <p>Reads nothing but the document: no database, no network, no files, no fonts of the machine.
 * Holds no state, so one instance serves every thread.
 */
@ApplicationScoped
public class InvoicePrinter {

  /** The printed document: PDF/A-3 with Factur-X for an invoice, a plain PDF otherwise. */
  public byte[] print(InvoiceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    return switch (doc.kind()) {
      case INVOICE -> {
        byte[] xml = facturX(doc);
        yield FacturXAttachment.attach(PdfRendering.pdfA3(InvoiceHtml.of(doc)), xml);
      }
      case QUOTE -> PdfRendering.pdf(InvoiceHtml.of(doc));
      case RECEIPT -> PdfRendering.pdf(ReceiptHtml.of(doc));
    };
  }

  /**
   * The invoice's e-invoice alone: Factur-X / ZUGFeRD XML (UN/CEFACT CII, EN 16931 profile) in
   * UTF-8, the same bytes for the same document.
   *
   * @throws com.marketplace.platform.InvalidInputException if the invoice lacks what EN 16931
   *     requires (see {@link FacturXRules})
   */
  public byte[] facturX(InvoiceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    if (doc.kind() != Kind.INVOICE) {
      throw new IllegalArgumentException("Only an invoice has an e-invoice, not a " + doc.kind());
    }
    return FacturXXml.of(doc);
  }
}
