package com.marketplace.payments.web;

import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.WalletLine;
import com.marketplace.platform.web.CsvDownload;
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
    CsvDownload.write(
        response,
        "wallet.csv",
        new String[] {"date", "type", "reference", "amount", "currency"},
        PAGE,
        first -> wallets.history(from, to, type, first, PAGE),
        (WalletLine line) ->
            new Object[] {
              line.at(),
              line.type(),
              line.reference(),
              line.amount().toDecimal().toPlainString(),
              line.currency()
            });
  }

  private static Instant day(String value, int plusDays) {
    return value == null || value.isBlank()
        ? null
        : LocalDate.parse(value).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
