package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.PrintedFile;
import com.marketplace.platform.MarketplaceException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /app/invoices/download/pdf/{invoice}}, {@code …/xml/{invoice}}, {@code
 * …/receipt/{payment}} and {@code …/quote/{quote}}: an invoice's kept PDF, its e-invoice XML, a
 * payment's receipt or a quote's kept PDF, as an attachment, to the document's issuer or recipient
 * (the boundary decides; anyone else gets 404).
 */
@WebServlet({"/app/invoices/download/*", "/portal/download/*"})
public class InvoiceDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Invoices invoices;
  @Inject Quotes quotes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    long id;
    try {
      id = parts.length == 3 ? Long.parseLong(parts[2]) : -1;
    } catch (NumberFormatException e) {
      id = -1;
    }
    if (id < 0) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PrintedFile file;
    try {
      file =
          switch (parts[1]) {
            case "pdf" -> invoices.pdf(id);
            case "xml" -> invoices.eInvoice(id);
            case "receipt" -> invoices.receipt(id);
            case "quote" -> quotes.pdf(id);
            default -> null;
          };
    } catch (MarketplaceException e) {
      response.sendError(e.status());
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (file == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.mediaType());
    response.setContentLength(file.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(file.content());
  }
}
