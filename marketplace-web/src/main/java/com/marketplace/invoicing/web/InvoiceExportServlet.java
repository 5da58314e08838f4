package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.web.CsvDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /app/invoices/invoices.csv?status=…&client=…&from=YYYY-MM-DD&to=YYYY-MM-DD&q=…}: the
 * issuer's invoices as CSV, with the same filters as the list; amounts as decimals, dates ISO.
 * Streams page by page.
 */
@WebServlet("/app/invoices/invoices.csv")
public class InvoiceExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Invoices invoices;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    InvoiceSearch search;
    try {
      String client = request.getParameter("client");
      search =
          new InvoiceSearch(
              request.getParameter("status"),
              client == null || client.isBlank() ? null : Long.valueOf(client),
              day(request.getParameter("from")),
              day(request.getParameter("to")),
              request.getParameter("q"));
    } catch (MarketplaceException | DateTimeParseException | NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    // freelancers only (web.xml), so the boundary never refuses the caller half-way
    CsvDownload.write(
        response,
        "invoices.csv",
        new String[] {"number", "status", "client", "issued", "due", "total", "open", "currency"},
        Invoices.PAGE_MAX,
        first -> invoices.list(search, first, Invoices.PAGE_MAX),
        (InvoiceRow row) ->
            new Object[] {
              row.number(),
              row.statusLabel(),
              row.recipientName(),
              row.issuedOn(),
              row.dueOn(),
              row.gross().toDecimal().toPlainString(),
              row.open().toDecimal().toPlainString(),
              row.gross().currencyCode()
            });
  }

  private static LocalDate day(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value);
  }
}
