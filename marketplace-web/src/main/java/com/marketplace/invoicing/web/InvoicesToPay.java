package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.boundary.Quotes;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.QuoteRow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A member's invoices (H5): the open ones to pay, oldest due first, and every one received; and the
 * quotes sent to them (H6), newest first.
 */
@Named
@RequestScoped
public class InvoicesToPay {

  /** The most invoices each list shows. */
  static final int SHOWN_MAX = 100;

  @Inject Invoices invoices;
  @Inject Quotes quotes;

  private List<InvoiceRow> toPay = List.of();
  private List<InvoiceRow> received = List.of();
  private List<QuoteRow> quotesReceived = List.of();

  @PostConstruct
  void load() {
    toPay = invoices.toPay(0, SHOWN_MAX);
    received = invoices.received(0, SHOWN_MAX);
    quotesReceived = quotes.received(0, SHOWN_MAX);
  }

  public List<InvoiceRow> getToPay() {
    return toPay;
  }

  public List<InvoiceRow> getReceived() {
    return received;
  }

  public List<QuoteRow> getQuotesReceived() {
    return quotesReceived;
  }
}
