package com.marketplace.invoicing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Turns a PDF/A-3 into a Factur-X invoice: the XML embedded as {@code factur-x.xml} (relationship
 * Alternative, referenced from the catalogue) and the XMP metadata that names it, its version and
 * its profile (EN 16931), with the PDF/A extension schema that declares those properties.
 */
final class FacturXAttachment {

  private FacturXAttachment() {}

  static byte[] attach(byte[] pdfA3, byte[] facturX) {
    try (var exporter = new ZUGFeRDExporterFromA3()) {
      exporter
          .setZUGFeRDVersion(2)
          .setProfile(Profiles.getByName("EN16931"))
          .setConformanceLevel(PDFAConformanceLevel.UNICODE)
          .setProducer(PdfRendering.PRODUCER)
          .setCreator(PdfRendering.PRODUCER)
          .setCreatorTool(PdfRendering.PRODUCER)
          .load(pdfA3);
      exporter.setXML(facturX);
      var out = new ByteArrayOutputStream(pdfA3.length + facturX.length + 16 * 1024);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
