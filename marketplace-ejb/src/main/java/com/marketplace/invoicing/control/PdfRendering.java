package com.marketplace.invoicing.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * XHTML to PDF. Text is set in Noto Sans (Latin, Greek, Cyrillic, currency signs such as € £ ₹)
 * and, for every character it lacks, in Noto Sans JP (kana, kanji, the full-width ￥). Both are
 * embedded as subsets, so the file shows the same everywhere. The fonts come with the application
 * (SIL Open Font License, see {@code fonts/OFL.txt}); nothing is read from the machine or the
 * network.
 */
final class PdfRendering {

  static final String PRODUCER = "Marketplace";

  private static final String FAMILY = "Noto Sans";
  private static final String FALLBACK_FAMILY = "Noto Sans JP";
  private static final byte[] REGULAR = font("NotoSans-Regular.ttf");
  private static final byte[] BOLD = font("NotoSans-Bold.ttf");
  private static final byte[] JAPANESE = font("NotoSansJP-Regular.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    XRLog.setLoggerImpl(new WarningsOnly());
  }

  private PdfRendering() {}

  /** A plain PDF. */
  static byte[] pdf(String xhtml) {
    return render(xhtml, PdfAConformance.NONE);
  }

  /** A PDF/A-3u: fonts embedded, text mapped to Unicode, colours in sRGB. */
  static byte[] pdfA3(String xhtml) {
    return render(xhtml, PdfAConformance.PDFA_3_U);
  }

  private static byte[] render(String xhtml, PdfAConformance conformance) {
    var out = new ByteArrayOutputStream(64 * 1024);
    var builder = new PdfRendererBuilder();
    builder
        .useFastMode()
        .withHtmlContent(xhtml, null)
        .withProducer(PRODUCER)
        // the page refers to nothing outside itself but its logo as a data: URI
        .useExternalResourceAccessControl(
            (uri, type) -> uri != null && uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl(
            (uri, type) -> uri != null && uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .toStream(out);
    var everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
    builder.useFont(() -> in(REGULAR), FAMILY, 400, FontStyle.NORMAL, true, everywhere);
    builder.useFont(() -> in(BOLD), FAMILY, 700, FontStyle.NORMAL, true, everywhere);
    builder.useFont(
        () -> in(JAPANESE),
        FALLBACK_FAMILY,
        400,
        FontStyle.NORMAL,
        true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
    if (conformance != PdfAConformance.NONE) {
      builder.usePdfAConformance(conformance).useColorProfile(SRGB);
    }
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream in(byte[] font) {
    return new ByteArrayInputStream(font);
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfRendering.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing font " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * openhtmltopdf tells at INFO about every font it loads and every page it lays out, on its own
   * console handler; only its warnings and errors go on, to the server's log.
   */
  private static final class WarningsOnly implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
      log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
      if (level.intValue() >= Level.WARNING.intValue()) {
        Logger.getLogger(where).log(level, message, error);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
  }
}
