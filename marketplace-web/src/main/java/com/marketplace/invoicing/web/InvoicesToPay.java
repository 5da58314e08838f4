package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.InvoiceRow;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A member's invoices (H5): the open ones to pay, oldest due first, and every one received. */
@Named
@RequestScoped
public class InvoicesToPay {

  /** The most invoices each list shows. */
  static final int SHOWN_MAX = 100;

  @Inject Invoices invoices;

  private List<InvoiceRow> toPay = List.of();
  private List<InvoiceRow> received = List.of();

  @PostConstruct
  void load() {
    toPay = invoices.toPay(0, SHOWN_MAX);
    received = invoices.received(0, SHOWN_MAX);
  }

  public List<InvoiceRow> getToPay() {
    return toPay;
  }

  public List<InvoiceRow> getReceived() {
    return received;
  }
}
