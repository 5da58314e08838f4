package com.marketplace.invoicing.control;

import com.marketplace.identity.control.Caller;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.Issuers;
import com.marketplace.platform.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see an invoice: its issuer, once it is issued the member it is addressed to, and the
 * workspace's owner those the workspace issued (read only: changing and paying ask for the issuer
 * or the recipient). Anyone else — another member, another workspace (whose rows the tenant filter
 * hides anyway) — gets "not found", never a refusal that would tell them it is there.
 */
@Dependent
public class InvoiceAccess {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;

  public long tenantId() {
    return caller.ref().tenantId();
  }

  public long me() {
    return caller.ref().memberId();
  }

  /**
   * The email a portal account receives invoices and quotes under, whichever issuer addressed them
   * to it; {@code null} for every other member, who receives what names them (an email alone is not
   * proof of identity for someone who joined by themselves, a portal account is made by the
   * workspace for that address).
   */
  public String portalEmail() {
    // read for every call (the persistence context keeps the row): this bean lives as long as the
    // pooled boundary it is injected into, which serves one caller after another
    Member member = em.find(Member.class, me());
    return member != null && member.getRole() == Role.PORTAL ? member.getEmail() : null;
  }

  /** The caller's key as an issuer. */
  public String issuer() {
    return Issuers.member(me());
  }

  /** An invoice the caller issued, its row locked for a change. */
  public Invoice mineForUpdate(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !invoice.issuedBy(issuer())) {
      throw notFound();
    }
    return invoice;
  }

  /** An invoice the caller issued or receives, or the workspace issued and the caller owns. */
  public Invoice readable(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null
        || !(invoice.issuedBy(issuer())
            || invoice.addressedTo(me(), portalEmail())
            || ownersRead(invoice))) {
      throw notFound();
    }
    return invoice;
  }

  private boolean ownersRead(Invoice invoice) {
    if (!invoice.issuedBy(Issuers.WORKSPACE)) {
      return false;
    }
    Member member = em.find(Member.class, me());
    return member != null && member.getRole() == Role.OWNER;
  }

  /** An invoice addressed to the caller, its row locked for a payment. */
  public Invoice toPayForUpdate(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !invoice.addressedTo(me(), portalEmail())) {
      throw notFound();
    }
    return invoice;
  }

  /** A payment of an invoice the caller issued or receives. */
  public InvoicePayment payment(long paymentId) {
    InvoicePayment payment = em.find(InvoicePayment.class, paymentId);
    if (payment == null) {
      throw new NotFoundException("There is no such receipt.");
    }
    try {
      readable(payment.getInvoiceId());
    } catch (NotFoundException e) {
      throw new NotFoundException("There is no such receipt.");
    }
    return payment;
  }

  /** An amount in the currency of an invoice the caller may read. */
  public com.marketplace.platform.Money money(long invoiceId, long minorUnits) {
    return readable(invoiceId).money(minorUnits);
  }

  public boolean issuedByMe(Invoice invoice) {
    return invoice.issuedBy(issuer());
  }

  private static NotFoundException notFound() {
    return new NotFoundException("There is no such invoice.");
  }
}
