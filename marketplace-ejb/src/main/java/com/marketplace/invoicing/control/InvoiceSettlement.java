package com.marketplace.invoicing.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.PaymentReceived;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUpSettled;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Applies payments to invoices, in the caller's transaction with the invoice's row locked: money
 * from the payer's wallet to the issuer's less the workspace's fee (keyed by the payment, so a
 * replay moves nothing more), the invoice's paid amount and status, a numbered receipt, and
 * PaymentReceived. A card payment rides on a top-up of the payer's wallet: when the provider
 * confirms it, the credited money goes on to the issuer in the same transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvoiceSettlement {

  /** The top-up key of a card payment of an invoice: the payment's ledger key. */
  public static final String CARD_KEY = "invoice-payment:";

  private static final Logger LOG = Logger.getLogger(InvoiceSettlement.class.getName());

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject LedgerCommands ledger;
  @Inject Tenants tenants;
  @Inject TenantContext tenant;
  @Inject DocumentNumbers numbers;
  @Inject InvoiceProfiles profiles;
  @Inject InvoicePrints prints;
  @Inject InvoiceHistoryLog history;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  /** Moves a wallet payment's money: payer → issuer, less the fee; once per payment. */
  public void moveFromWallet(Invoice invoice, InvoicePayment payment) {
    String key = payment.ledgerKey();
    if (ledger.done(key)) {
      return;
    }
    var amount = invoice.money(payment.getAmount());
    long hold = ledger.hold(key + ":hold", payment.getPayerMemberId(), amount, key).holdId();
    ledger.release(key, hold, amount, invoice.getIssuerMemberId(), fee());
  }

  /** The payment succeeded: the invoice takes it, its receipt is printed, the issuer is told. */
  public void succeeded(Invoice invoice, InvoicePayment payment, boolean promised, Long actor) {
    succeeded(invoice, payment, promised, actor, true);
  }

  /**
   * The payment succeeded; {@code printNow} false numbers the receipt and leaves its print to the
   * print queue.
   */
  public void succeeded(
      Invoice invoice, InvoicePayment payment, boolean promised, Long actor, boolean printNow) {
    Instant now = clock.instant();
    invoice.pay(payment.getAmount(), promised, now);
    payment.succeeded(now);
    String number =
        numbers.next(
            invoice.getIssuerKey(),
            DocumentNumbers.RECEIPT,
            now.atZone(ZoneOffset.UTC).getYear(),
            profiles.of(invoice.getIssuerKey()).getInvoicePrefix() + "-R");
    if (printNow) {
      em.flush(); // the payment's id and paid time for the receipt
      prints.receipt(invoice, payment, number);
    } else {
      payment.receipt(number, null); // written with the payment, not after it
      em.flush(); // the payment's id for PaymentReceived
    }
    String amount = invoice.money(payment.getAmount()).format();
    history.record(
        invoice,
        actor,
        "PAID",
        amount
            + " received ("
            + payment.getMethod().label()
            + (payment.getReference() == null ? "" : ", " + payment.getReference())
            + "), receipt "
            + number
            + ". "
            + (invoice.payable() == 0 && invoice.getPending() == 0
                ? "Paid in full."
                : invoice.money(invoice.payable()).format() + " open."));
    if (payment.getMethod() != PaymentMethod.ESCROW) {
      events.fire(
          new PaymentReceived(
              DomainEvent.header(tenantId(), now),
              invoice.getId(),
              payment.getId(),
              invoice.getNumber(),
              invoice.getIssuerMemberId(),
              payment.getPayerMemberId(),
              payment.getAmount(),
              invoice.getCurrency(),
              payment.getMethod().label()));
    }
  }

  /**
   * A top-up settled: if it was charged for a card payment of an invoice, the payment follows it —
   * the credited money goes on to the issuer, or the promised amount is open again.
   */
  public void cardSettled(@Observes TopUpSettled settled) {
    if (settled.key() == null || !settled.key().startsWith(CARD_KEY)) {
      return;
    }
    long paymentId;
    try {
      paymentId = Long.parseLong(settled.key().substring(CARD_KEY.length()));
    } catch (NumberFormatException notOurs) {
      return;
    }
    InvoicePayment payment = em.find(InvoicePayment.class, paymentId);
    if (payment == null
        || payment.getMethod() != PaymentMethod.CARD
        || payment.getPayerMemberId() == null
        || payment.getPayerMemberId() != settled.memberId()
        || payment.getAmount() != settled.amount()) {
      return; // a top-up under a key that looks like ours, for no payment of ours
    }
    Invoice invoice =
        em.find(Invoice.class, payment.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
    if (payment.getStatus() != PaymentStatus.PENDING) {
      return;
    }
    payment.ridesOn(settled.topUpId());
    if (settled.outcome() == PaymentStatus.SUCCEEDED) {
      moveFromWallet(invoice, payment);
      succeeded(invoice, payment, true, payment.getPayerMemberId());
    } else {
      payment.failed(settled.failure());
      invoice.unpromise(payment.getAmount());
      history.record(
          invoice,
          payment.getPayerMemberId(),
          "PAYMENT_FAILED",
          "Card payment of "
              + invoice.money(payment.getAmount()).format()
              + " failed"
              + (settled.failure() == null ? "." : ": " + settled.failure()));
      LOG.fine(() -> "Card payment " + paymentId + " failed");
    }
  }

  private int fee() {
    return tenants.get(tenantId()).feeBasisPoints();
  }

  private long tenantId() {
    return tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
  }
}
