package com.marketplace.invoicing.boundary;

import static com.marketplace.identity.entity.Role.Names.FREELANCER;

import com.marketplace.invoicing.control.InvoiceAccess;
import com.marketplace.invoicing.control.IssuerTotals;
import com.marketplace.invoicing.entity.IssuerFigures;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The invoicing figures of the freelancer's dashboard (H7), shown beside the desk's: unpaid and
 * overdue invoices and this month's revenue, two aggregate queries over the caller's own invoices.
 * Days and months are UTC's, as on the rest of the dashboard.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(FREELANCER)
public class InvoiceFigures {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceAccess access;
  @Inject IssuerTotals totals;
  @Inject Clock clock;

  public IssuerFigures figures() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String currency = em.find(Tenant.class, access.tenantId()).getCurrency();
    return totals.figures(access.issuer(), currency, today);
  }
}
