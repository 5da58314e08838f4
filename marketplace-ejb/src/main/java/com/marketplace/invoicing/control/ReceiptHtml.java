package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import com.marketplace.invoicing.entity.InvoiceDocument.Receipt;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page of a receipt: which invoice was paid, how much, how, with what reference and when. */
final class ReceiptHtml {

  private ReceiptHtml() {}

  static String of(InvoiceDocument doc) {
    Receipt receipt = doc.receipt();
    if (receipt == null) {
      throw new IllegalArgumentException("A receipt needs the payment it confirms");
    }
    PrintedText print = new PrintedText(doc.currencyCode());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("Receipt number", doc.number());
    meta.put("Date", PrintedText.date(doc.issueDate()));
    meta.put("For invoice", receipt.invoiceNumber());
    return DocumentHtml.page(
        doc,
        meta,
        html -> {
          html.element("h2", "Payment received").raw("<table class=\"payment\">");
          html.raw("<tr class=\"amount\">")
              .element("td class=\"label\"", "Amount")
              .element("td", print.money(receipt.amountMinor()))
              .raw("</tr>");
          row(html, "For invoice", receipt.invoiceNumber());
          row(html, "Method", receipt.method());
          if (receipt.reference() != null && !receipt.reference().isBlank()) {
            row(html, "Reference", receipt.reference());
          }
          row(html, "Paid on", PrintedText.dateTime(receipt.paidAt()));
          if (doc.grossMinor() != 0) {
            row(html, "Invoice total", print.money(doc.grossMinor()));
            row(html, "Paid in all", print.money(doc.paidMinor()));
            row(html, "Still open", print.money(doc.openMinor()));
          }
          html.raw("</table>");
          InvoiceHtml.section(html, "Notes", doc.notes());
        });
  }

  private static void row(Html html, String label, String value) {
    html.raw("<tr>").element("td class=\"label\"", label).element("td", value).raw("</tr>");
  }
}
