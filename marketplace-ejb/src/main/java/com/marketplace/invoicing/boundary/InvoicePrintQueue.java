package com.marketplace.invoicing.boundary;

import com.marketplace.invoicing.control.InvoiceIssuing;
import com.marketplace.invoicing.control.InvoicePrints;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Prints what was issued without its print (a billing run's invoices and receipts): each once, its
 * row locked, in the transaction of the scan that claimed it or of the download that asked for it
 * first. An invoice is announced (InvoiceIssued, its PDF with the email) once it is printed.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class InvoicePrintQueue {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoicePrints prints;
  @Inject InvoiceIssuing issuing;
  @Inject Clock clock;

  /** Prints the issued invoice if it has no print yet, and announces it; false if it had one. */
  public boolean printInvoice(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || invoice.getNumber() == null || invoice.getPdfSha() != null) {
      return false;
    }
    prints.print(invoice);
    issuing.announce(invoice, clock.instant());
    return true;
  }

  /** Prints the numbered receipt if it has no print yet; false if it had one. */
  public boolean printReceipt(long paymentId) {
    InvoicePayment payment =
        em.find(InvoicePayment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    if (payment == null || payment.getReceiptNumber() == null || payment.getReceiptSha() != null) {
      return false;
    }
    Invoice invoice = em.find(Invoice.class, payment.getInvoiceId());
    prints.receipt(invoice, payment, payment.getReceiptNumber());
    return true;
  }
}
