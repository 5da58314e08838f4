package com.marketplace.invoicing.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF. Text is set in Noto Sans (Latin, Greek, Cyrillic, Devanagari, currency signs such
 * as € £ ₹) and, for every character it lacks, in Noto Sans JP (kana, kanji, the full-width ￥), as
 * the documents' style sheet names them. Both are embedded as subsets, so the file shows the same
 * everywhere. The fonts come with the application (SIL Open Font License, see {@code
 * fonts/OFL.txt}); nothing is read from the machine or the network.
 *
 * <p>A billing run prints thousands of invoices and receipts, so the fonts are read once, not for
 * every document: parsed fonts wait in a pool, each set used by one rendering at a time (a parsed
 * font keeps its reading position and caches, and is not safe to share). Text is shaped through the
 * font's substitution table (GSUB) only when it holds an Indic script, the only text here that
 * needs it; for any other text the shaping changes nothing and cost about as much as the rest of
 * the rendering.
 */
final class PdfRendering {

  static final String PRODUCER = "Marketplace";

  private static final String FAMILY = "Noto Sans";
  private static final String FALLBACK_FAMILY = "Noto Sans JP";
  private static final byte[] REGULAR = font("NotoSans-Regular.ttf");
  private static final byte[] BOLD = font("NotoSans-Bold.ttf");
  private static final byte[] JAPANESE = font("NotoSansJP-Regular.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** Parsed fonts not in use; a rendering takes a set (or parses one) and puts it back. */
  private static final Queue<Fonts> IDLE = new ConcurrentLinkedQueue<>();

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
    Fonts fonts = Optional.ofNullable(IDLE.poll()).orElseGet(Fonts::parse);
    try (var doc = new PDDocument()) {
      var builder = new PdfRendererBuilder();
      builder
          .useFastMode()
          .usePDDocument(doc)
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
      fonts.shape(needsShaping(xhtml));
      builder.useFont(fonts.load(doc, fonts.regular()), FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(fonts.load(doc, fonts.bold()), FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(
          fonts.load(doc, fonts.japanese()), FALLBACK_FAMILY, 400, FontStyle.NORMAL, true);
      if (conformance != PdfAConformance.NONE) {
        builder.usePdfAConformance(conformance).useColorProfile(SRGB);
      }
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      IDLE.offer(fonts);
    }
    return out.toByteArray();
  }

  /** Whether the text holds a character of an Indic script (U+0900 to U+0DFF). */
  static boolean needsShaping(String text) {
    return text.chars().anyMatch(c -> c >= 0x0900 && c <= 0x0DFF);
  }

  /** The three fonts, parsed; used by one rendering at a time. */
  private record Fonts(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont japanese) {

    static Fonts parse() {
      return new Fonts(parsed(REGULAR), parsed(BOLD), parsed(JAPANESE));
    }

    private static TrueTypeFont parsed(byte[] font) {
      try {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Shapes the Latin fonts' text through their GSUB tables, or not; Japanese needs none. */
    void shape(boolean shaped) {
      regular.setEnableGsub(shaped);
      bold.setEnableGsub(shaped);
      japanese.setEnableGsub(false);
    }

    /** The font for the document, to be embedded as a subset of the glyphs it shows. */
    PDFontSupplier load(PDDocument doc, TrueTypeFont font) throws IOException {
      return new PDFontSupplier(PDType0Font.load(doc, font, true));
    }
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
