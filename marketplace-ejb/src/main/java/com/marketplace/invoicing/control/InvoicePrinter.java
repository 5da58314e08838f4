package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Prints invoices, quotes and receipts as PDF. An invoice is a PDF/A-3 that carries its own
 * e-invoice (Factur-X, EN 16931 profile) as {@code factur-x.xml}, so accounting software reads the
 * same figures a person sees; quotes and receipts are plain PDFs of the same look. An invoice that
 * cannot be a valid e-invoice still prints, as a PDF/A-3 without one, rather than carry an
 * e-invoice that receivers would reject.
 *
 * <p>Reads nothing but the document: no database, no network, no files, no fonts of the machine.
 * Holds no state, so one instance serves every thread.
 */
@ApplicationScoped
public class InvoicePrinter {

  private static final Logger LOG = Logger.getLogger(InvoicePrinter.class.getName());

  /**
   * The printed document: for an invoice a PDF/A-3 carrying its Factur-X XML, or carrying none when
   * the invoice lacks what EN 16931 requires (typically the issuer's tax id, see {@link
   * FacturXRules}); for a quote or receipt a plain PDF.
   */
  public byte[] print(InvoiceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    return switch (doc.kind()) {
      case INVOICE -> {
        byte[] pdf = PdfRendering.pdfA3(InvoiceHtml.of(doc));
        Optional<String> problem = FacturXRules.problem(doc);
        if (problem.isPresent()) {
          LOG.info(() -> doc.number() + " printed without its e-invoice: " + problem.get());
          yield pdf;
        }
        yield FacturXAttachment.attach(pdf, FacturXXml.of(doc));
      }
      case QUOTE -> PdfRendering.pdf(InvoiceHtml.of(doc));
      case RECEIPT -> PdfRendering.pdf(ReceiptHtml.of(doc));
    };
  }

  /**
   * The invoice's e-invoice alone: Factur-X / ZUGFeRD XML (UN/CEFACT CII, EN 16931 profile) in
   * UTF-8, the same bytes for the same document. It is written from whatever the invoice holds;
   * whether that is a valid EN 16931 invoice says {@link #facturXProblem}.
   *
   * @throws IllegalArgumentException for a quote or receipt, which have none
   * @throws com.marketplace.platform.InvalidInputException if the invoice has no number, date,
   *     currency or parties to write
   */
  public byte[] facturX(InvoiceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    if (doc.kind() != Kind.INVOICE) {
      throw new IllegalArgumentException("Only an invoice has an e-invoice, not a " + doc.kind());
    }
    return FacturXXml.of(doc);
  }

  /**
   * Why the invoice's e-invoice would not be a valid EN 16931 invoice (and so is not embedded in
   * its print), in words for its issuer: "The issuer's tax id is needed …"; empty when it is valid.
   */
  public Optional<String> facturXProblem(InvoiceDocument doc) {
    Objects.requireNonNull(doc, "doc");
    return FacturXRules.problem(doc);
  }
}
