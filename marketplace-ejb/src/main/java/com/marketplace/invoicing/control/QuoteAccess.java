package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.Quote;
import com.marketplace.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see a quote: its issuer, and once it is sent the member it is addressed to. Anyone else —
 * another member, another workspace (whose rows the tenant filter hides anyway) — gets "not found".
 */
@Dependent
public class QuoteAccess {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceAccess invoices;

  /** A quote the caller issued, its row locked for a change. */
  public Quote mineForUpdate(long quoteId) {
    Quote quote = em.find(Quote.class, quoteId, LockModeType.PESSIMISTIC_WRITE);
    if (quote == null || !quote.issuedBy(invoices.issuer())) {
      throw notFound();
    }
    return quote;
  }

  /** A quote the caller issued or receives. */
  public Quote readable(long quoteId) {
    Quote quote = em.find(Quote.class, quoteId);
    if (quote == null
        || !(issuedByMe(quote) || quote.addressedTo(invoices.me(), invoices.portalEmail()))) {
      throw notFound();
    }
    return quote;
  }

  /**
   * A quote addressed to the caller, its row locked for their decision: two acceptances at once
   * take turns, and the second finds the first one's result.
   */
  public Quote toDecideForUpdate(long quoteId) {
    Quote quote = em.find(Quote.class, quoteId, LockModeType.PESSIMISTIC_WRITE);
    if (quote == null || !quote.addressedTo(invoices.me(), invoices.portalEmail())) {
      throw notFound();
    }
    return quote;
  }

  public boolean issuedByMe(Quote quote) {
    return quote.issuedBy(invoices.issuer());
  }

  private static NotFoundException notFound() {
    return new NotFoundException("There is no such quote.");
  }
}
