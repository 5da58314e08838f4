package com.marketplace.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Real files for upload tests: a PDF, a PNG, a zip, a real executable and an oversized document.
 */
final class TestFiles {

  private TestFiles() {}

  /** A small, valid one-page PDF document. */
  static byte[] pdf(String text) {
    String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A PDF padded with a comment to at least {@code bytes}. */
  static byte[] largePdf(int bytes) {
    byte[] pdf = pdf("Large");
    byte[] large = new byte[Math.max(bytes, pdf.length)];
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    for (int i = pdf.length; i < large.length; i++) {
      large[i] = (byte) (i % 64 == 0 ? '\n' : 'x');
    }
    return large;
  }

  static byte[] png() {
    var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0xff0000);
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip archive with one text file in it. */
  static byte[] zip() {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("Read me".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The bytes of a real program: the JDK's own launcher. */
  static byte[] executable() {
    try {
      return Files.readAllBytes(Path.of(System.getProperty("java.home"), "bin", "java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes bytes to a temporary file named as given, for a browser's file input. */
  static Path write(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("upload");
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
