package com.marketplace.invoicing.control;

import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoiceHistory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes what happened to an invoice into its history. */
@Dependent
public class InvoiceHistoryLog {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Clock clock;

  public void record(Invoice invoice, Long memberId, String action, String text) {
    em.persist(new InvoiceHistory(invoice.getId(), memberId, clock.instant(), action, text));
  }
}
