package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Branding;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import com.marketplace.invoicing.entity.InvoiceDocument.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The frame every printed document shares: the workspace's logo and colour, the title with number
 * and dates, issuer and recipient, the footer with page numbers, and the void marks on every page.
 * What goes between is written by {@link InvoiceHtml} and {@link ReceiptHtml}.
 */
final class DocumentHtml {

  static final String DEFAULT_COLOUR = "#1a73e8";
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final String CSS = resource("document.css");

  private DocumentHtml() {}

  /**
   * The whole page.
   *
   * @param meta the rows beside the title (label → value), in order
   * @param content writes the document's own part
   */
  static String page(InvoiceDocument doc, Map<String, String> meta, Consumer<Html> content) {
    Html html = new Html();
    html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>")
        .text(title(doc.kind()) + " " + doc.number())
        .raw("</title><meta name=\"subject\" content=\"")
        .text(title(doc.kind()) + " " + doc.number())
        .raw("\"/><meta name=\"author\" content=\"")
        .text(doc.issuer() == null ? "" : doc.issuer().name())
        .raw("\"/><style>")
        .raw(CSS.replace("BRAND", colour(doc.branding())))
        .raw("</style></head><body>");
    footer(html, doc);
    if (doc.voidReason() != null) {
      html.element("div class=\"voidnote\"", "VOID: " + doc.voidReason());
      html.element("div class=\"watermark\"", "VOID");
    }
    header(html, doc, meta);
    parties(html, doc);
    content.accept(html);
    return html.raw("</body></html>").toString();
  }

  static String title(Kind kind) {
    return switch (kind) {
      case INVOICE -> "Invoice";
      case QUOTE -> "Quote";
      case RECEIPT -> "Receipt";
    };
  }

  /** The workspace's colour if it is one ({@code #rrggbb}), the default otherwise. */
  static String colour(Branding branding) {
    String colour = branding == null ? null : branding.colour();
    return colour != null && COLOUR.matcher(colour.strip()).matches()
        ? colour.strip().toLowerCase(Locale.ROOT)
        : DEFAULT_COLOUR;
  }

  private static void footer(Html html, InvoiceDocument doc) {
    html.raw("<div class=\"footer\">");
    if (doc.issuer() != null) {
      html.text(doc.issuer().name()).raw(" · ");
    }
    html.text(title(doc.kind()) + " " + doc.number()).raw("</div>");
  }

  private static void header(Html html, InvoiceDocument doc, Map<String, String> meta) {
    html.raw("<table class=\"head\"><tr><td>");
    String logo = logoDataUri(doc.branding());
    if (logo != null) {
      html.raw("<img class=\"logo\" alt=\"\" src=\"").raw(logo).raw("\"/><br/>");
    }
    Branding branding = doc.branding();
    String workspace =
        branding != null && branding.workspaceName() != null
            ? branding.workspaceName()
            : doc.issuer() == null ? null : doc.issuer().name();
    html.element("div class=\"workspace\"", workspace);
    html.raw("</td><td>").element("h1", title(doc.kind()));
    html.raw("<table class=\"meta\">");
    meta.forEach(
        (label, value) ->
            html.raw("<tr>")
                .element("td class=\"label\"", label)
                .element("td", value)
                .raw("</tr>"));
    html.raw("</table></td></tr></table>");
  }

  private static void parties(Html html, InvoiceDocument doc) {
    html.raw("<table class=\"parties\"><tr><td>");
    party(html, "From", doc.issuer());
    html.raw("</td><td>");
    party(
        html,
        switch (doc.kind()) {
          case INVOICE -> "Bill to";
          case QUOTE -> "Prepared for";
          case RECEIPT -> "Received from";
        },
        doc.recipient());
    html.raw("</td></tr></table>");
  }

  private static void party(Html html, String heading, Party party) {
    html.element("h2", heading);
    if (party == null) {
      return;
    }
    html.element("div class=\"name\"", party.name());
    if (party.address() != null && !party.address().isBlank()) {
      html.raw("<div>").lines(party.address()).raw("</div>");
    }
    if (party.countryCode() != null) {
      html.element("div", new Locale("", party.countryCode()).getDisplayCountry(Locale.ENGLISH));
    }
    if (party.taxId() != null && !party.taxId().isBlank()) {
      html.element("div", "VAT ID: " + party.taxId());
    }
    if (party.email() != null && !party.email().isBlank()) {
      html.element("div class=\"label\"", party.email());
    }
  }

  /** The logo as a data URI if its bytes are a PNG or JPEG image (whatever it claims to be). */
  static String logoDataUri(Branding branding) {
    byte[] logo = branding == null ? null : branding.logo();
    if (logo == null || logo.length < 8) {
      return null;
    }
    String type;
    if ((logo[0] & 0xff) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G') {
      type = "image/png";
    } else if ((logo[0] & 0xff) == 0xff && (logo[1] & 0xff) == 0xd8) {
      type = "image/jpeg";
    } else {
      return null;
    }
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo);
  }

  static String resource(String name) {
    try (InputStream in = DocumentHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
