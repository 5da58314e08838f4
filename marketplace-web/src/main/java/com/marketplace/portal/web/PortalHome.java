package com.marketplace.portal.web;

import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.portal.boundary.Portal;
import com.marketplace.portal.entity.InvoiceGroups;
import com.marketplace.portal.entity.PortalOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The portal's dashboard: invoices by standing and issuer, outstanding, payments, account. */
@Named
@RequestScoped
public class PortalHome {

  @Inject Portal portal;

  private PortalOverview overview;

  public void load() {
    overview = portal.overview();
  }

  public PortalOverview getOverview() {
    return overview;
  }

  public Map<String, List<InvoiceRow>> byIssuer(List<InvoiceRow> rows) {
    return InvoiceGroups.byIssuer(rows);
  }

  public InvoiceGroups.Standing standing(InvoiceRow row) {
    return InvoiceGroups.Standing.of(row).orElse(null);
  }
}
