package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.InvoiceDocument;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InvoicePrinter {
  public byte[] print(InvoiceDocument doc) {
    return ("%PDF-1.4 placeholder " + doc.number())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  public byte[] facturX(InvoiceDocument doc) {
    return "<xml/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
