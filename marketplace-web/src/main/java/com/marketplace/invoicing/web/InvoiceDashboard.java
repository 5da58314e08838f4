package com.marketplace.invoicing.web;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.invoicing.boundary.InvoiceFigures;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.invoicing.entity.IssuerFigures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The invoices' part of the freelancer's dashboard (H7), beside the desk's: unpaid and overdue
 * invoices and this month's revenue, read once per request in one call.
 */
@Named("invoiceDashboard")
@RequestScoped
public class InvoiceDashboard {

  @Inject HttpServletRequest request;
  @Inject InvoiceFigures dashboard;

  private IssuerFigures figures;

  @PostConstruct
  void load() {
    if (request.isUserInRole(FREELANCER)) {
      figures = dashboard.figures();
    }
  }

  public IssuerFigures getFigures() {
    return figures;
  }

  /** The list filter of overdue invoices. */
  public String getOverdue() {
    return InvoiceSearch.OVERDUE;
  }
}
