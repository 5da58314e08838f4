package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Kind;
import com.marketplace.invoicing.entity.InvoiceDocument.Line;
import com.marketplace.invoicing.entity.InvoiceDocument.TaxSum;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The page of an invoice or quote: lines, tax summary, totals, notes and how to pay. */
final class InvoiceHtml {

  private final InvoiceDocument doc;
  private final PrintedText print;
  private final boolean quote;

  private InvoiceHtml(InvoiceDocument doc) {
    this.doc = doc;
    this.print = new PrintedText(doc.currencyCode());
    this.quote = doc.kind() == Kind.QUOTE;
  }

  static String of(InvoiceDocument doc) {
    return new InvoiceHtml(doc).page();
  }

  private String page() {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("Number", doc.number());
    meta.put(quote ? "Date" : "Issue date", PrintedText.date(doc.issueDate()));
    if (doc.dueDate() != null) {
      meta.put(quote ? "Valid until" : "Due date", PrintedText.date(doc.dueDate()));
    }
    if (!quote) {
      meta.put("Amount due", print.money(doc.openMinor()));
    }
    return DocumentHtml.page(doc, meta, this::content);
  }

  private void content(Html html) {
    lines(html);
    html.raw("<table class=\"summary\"><tr><td class=\"half\">");
    taxes(html);
    html.raw("</td><td class=\"half\">");
    totals(html);
    html.raw("</td></tr></table>");
    section(html, "Notes", doc.notes());
    section(html, "Payment terms", doc.paymentTerms());
    section(html, quote ? "Terms" : "Payment instructions", doc.paymentInstructions());
    payLink(html);
  }

  private void lines(Html html) {
    boolean discounts =
        doc.lines().stream()
            .anyMatch(l -> l.discountPercent() != null && l.discountPercent().signum() != 0);
    html.raw("<table class=\"lines\"><thead><tr>")
        .element("th", "Description")
        .element("th class=\"num\"", "Quantity")
        .element("th class=\"num\"", "Unit price");
    if (discounts) {
      html.element("th class=\"num\"", "Discount");
    }
    html.element("th class=\"num\"", "Tax")
        .element("th class=\"num\"", "Net")
        .raw("</tr></thead><tbody>");
    for (Line line : doc.lines()) {
      html.raw("<tr><td>")
          .lines(line.description())
          .raw("</td>")
          .element("td class=\"num\"", print.quantity(line.quantity(), line.unit()))
          .element("td class=\"num\"", print.money(line.unitPriceMinor()));
      if (discounts) {
        BigDecimal discount = line.discountPercent();
        html.element(
            "td class=\"num\"",
            discount == null || discount.signum() == 0 ? "" : print.percent(discount));
      }
      html.element("td class=\"num\"", print.percent(line.taxRatePercent()))
          .element("td class=\"num\"", print.money(line.netMinor()))
          .raw("</tr>");
    }
    html.raw("</tbody></table>");
  }

  private void taxes(Html html) {
    if (doc.taxes().isEmpty()) {
      return;
    }
    html.element("h2", "Tax summary").raw("<table class=\"taxes\">");
    for (TaxSum tax : doc.taxes()) {
      html.raw("<tr>")
          .element("td", print.taxCategory(tax.category(), tax.ratePercent()))
          .element("td class=\"num label\"", "on " + print.money(tax.netMinor()))
          .element("td class=\"num\"", print.money(tax.taxMinor()))
          .raw("</tr>");
      if (tax.exemptionNote() != null && !tax.exemptionNote().isBlank()) {
        html.raw("<tr><td class=\"note\" colspan=\"3\">")
            .lines(tax.exemptionNote())
            .raw("</td></tr>");
      }
    }
    html.raw("</table>");
  }

  private void totals(Html html) {
    html.raw("<table class=\"totals\">");
    total(html, "", "Net", doc.netMinor());
    total(html, "", "Tax", doc.taxMinor());
    total(html, "total", "Total", doc.grossMinor());
    if (!quote) {
      total(html, "", "Paid", doc.paidMinor());
      total(html, "open", "Amount due", doc.openMinor());
    }
    html.raw("</table>");
  }

  private void total(Html html, String rowClass, String label, long minor) {
    html.raw(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + rowClass + "\">")
        .element("td", label)
        .element("td class=\"num\"", print.money(minor))
        .raw("</tr>");
  }

  private void payLink(Html html) {
    String link = doc.payLink();
    if (link == null || link.isBlank()) {
      return;
    }
    html.raw("<div class=\"section\">").element("h2", quote ? "Accept online" : "Pay online");
    String lower = link.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      html.raw("<a href=\"").text(link.strip()).raw("\">").text(link.strip()).raw("</a>");
    } else {
      // only web addresses become links; anything else is shown as it was given
      html.text(link);
    }
    html.raw("</div>");
  }

  static void section(Html html, String heading, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    html.raw("<div class=\"section\">").element("h2", heading).raw("<div>");
    html.lines(text).raw("</div></div>");
  }
}
