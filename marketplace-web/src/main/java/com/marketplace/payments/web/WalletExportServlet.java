package com.marketplace.payments.web;

import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.WalletLine;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code /app/wallet.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&type=...}: the signed-in member's wallet
 * history as CSV, with the same filters as the page. Streams page by page.
 */
@WebServlet("/app/wallet.csv")
public class WalletExportServlet extends HttpServlet {

  static final int PAGE = 1000;

  @Inject Wallets wallets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Instant from;
    Instant to;
    try {
      from = day(request.getParameter("from"), 0);
      to = day(request.getParameter("to"), 1);
    } catch (DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String type = request.getParameter("type");
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"wallet.csv\"");
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("date", "type", "reference", "amount", "currency")
            .get();
    try (var csv = new CSVPrinter(response.getWriter(), format)) {
      for (int first = 0; ; first += PAGE) {
        var lines = wallets.history(from, to, type, first, PAGE);
        for (WalletLine line : lines) {
          csv.printRecord(
              line.at(),
              line.type(),
              line.reference(),
              line.amount().toDecimal().toPlainString(),
              line.currency());
        }
        if (lines.size() < PAGE) {
          break;
        }
      }
    }
  }

  private static Instant day(String value, int plusDays) {
    return value == null || value.isBlank()
        ? null
        : LocalDate.parse(value).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
