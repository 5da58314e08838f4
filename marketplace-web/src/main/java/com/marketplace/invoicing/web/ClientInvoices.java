package com.marketplace.invoicing.web;

import com.marketplace.invoicing.boundary.Invoices;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The invoices on a CRM client's page (H1): the newest {@link #SHOWN} of the caller's invoices for
 * that client, each leading to its page, and whether the client's invoice list holds more.
 */
@Named
@ViewScoped
public class ClientInvoices implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * How many invoices the client's page lists; the invoice list filtered by client has them all.
   */
  public static final int SHOWN = 20;

  @Inject Invoices invoices;

  private long clientId;
  private List<InvoiceRow> rows = List.of();
  private boolean more;

  /** Reads the client's newest invoices (one more than shown, to tell whether there are more). */
  public void load(long clientId) {
    this.clientId = clientId;
    List<InvoiceRow> found =
        invoices.list(new InvoiceSearch(null, clientId, null, null, null), 0, SHOWN + 1);
    more = found.size() > SHOWN;
    rows = found.stream().limit(SHOWN).toList();
  }

  public List<InvoiceRow> getRows() {
    return rows;
  }

  public boolean isMore() {
    return more;
  }

  public long getClientId() {
    return clientId;
  }
}
