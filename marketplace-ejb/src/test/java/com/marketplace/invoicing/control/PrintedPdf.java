package com.marketplace.invoicing.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed PDF holds, read back with PDFBox for the tests. */
final class PrintedPdf {

  final List<String> pages = new ArrayList<>();
  final Map<String, Boolean> fontsEmbedded = new LinkedHashMap<>();
  final Map<String, byte[]> attachments = new LinkedHashMap<>();
  final Map<String, String> attachmentRelationships = new LinkedHashMap<>();
  final List<String> links = new ArrayList<>();
  final String metadata;
  final String producer;
  int images;

  private PrintedPdf(PDDocument pdf) throws IOException {
    var stripper = new PDFTextStripper();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      pages.add(normalise(stripper.getText(pdf)));
    }
    for (PDPage page : pdf.getPages()) {
      read(page.getResources());
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link
            && link.getAction() instanceof PDActionURI uri) {
          links.add(uri.getURI());
        }
      }
    }
    var names = pdf.getDocumentCatalog().getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      for (var entry : names.getEmbeddedFiles().getNames().entrySet()) {
        PDComplexFileSpecification spec = entry.getValue();
        attachments.put(entry.getKey(), spec.getEmbeddedFile().toByteArray());
        attachmentRelationships.put(
            entry.getKey(),
            spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
      }
    }
    var xmp = pdf.getDocumentCatalog().getMetadata();
    metadata =
        xmp == null ? "" : new String(xmp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    producer = pdf.getDocumentInformation().getProducer();
  }

  static PrintedPdf read(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PrintedPdf(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    return String.join("\n", pages);
  }

  /**
   * Amounts are printed with no-break spaces and long texts wrap: the tests compare with single
   * ordinary spaces.
   */
  static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
  }

  private void read(PDResources resources) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      boolean embedded =
          font instanceof PDType0Font type0
              ? type0.getDescendantFont().isEmbedded()
              : font.isEmbedded();
      fontsEmbedded.put(font.getName(), embedded);
    }
    for (COSName name : resources.getXObjectNames()) {
      var object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        images++;
      } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        read(form.getResources());
      }
    }
  }
}
