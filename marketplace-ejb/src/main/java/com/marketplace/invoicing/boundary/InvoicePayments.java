package com.marketplace.invoicing.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.invoicing.control.InvoiceAccess;
import com.marketplace.invoicing.control.InvoiceSettlement;
import com.marketplace.invoicing.control.InvoiceViews;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.payments.boundary.PaymentSteps.Claim;
import com.marketplace.payments.boundary.Wallets;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.transaction.Boundary;
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
import java.util.Optional;

/**
 * The recipient's side of an invoice: paying any part of what is open from their wallet, at once,
 * or by card, once the provider confirms the charge. Each payment is under the payer's idempotency
 * key: a replay is the same payment and moves nothing more; a key used for another payment is
 * refused. Nobody pays more than is open, also when several payments arrive at once: the invoice's
 * row is locked while each is taken, and a card payment's amount is promised until its provider
 * answers.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
public class InvoicePayments {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceAccess access;
  @Inject AuditTrail audit;
  @Inject InvoiceSettlement settlement;
  @Inject InvoiceViews views;
  @Inject Wallets wallets;
  @Inject InvoicePayments self;
  @Inject Clock clock;
  @Inject com.marketplace.identity.control.Caller caller;
  @Inject com.marketplace.identity.boundary.Authentication authentication;

  /** Pays {@code amount} (minor units) of the invoice from the caller's wallet. */
  @RolesAllowed({OWNER, CLIENT, FREELANCER}) // a portal account has no wallet
  public InvoiceView payFromWallet(long invoiceId, String key, long amount) {
    authentication.requireVerifiedEmail(caller.ref());
    Invoice invoice = access.toPayForUpdate(invoiceId);
    Optional<InvoicePayment> earlier = earlier(invoiceId, key, PaymentMethod.WALLET, amount);
    if (earlier.isEmpty()) {
      invoice.requirePayable(amount);
      var payment = claim(invoice, PaymentMethod.WALLET, amount, key);
      audit.record(
          AuditAction.INVOICE_PAYMENT_STARTED,
          "invoice",
          invoiceId,
          "by wallet, " + amountText(invoiceId, amount));
      settlement.moveFromWallet(invoice, payment);
      settlement.succeeded(invoice, payment, false, access.me());
    }
    return view(invoice);
  }

  /**
   * Pays {@code amount} of the invoice by card: the card tops the caller's wallet up by the amount
   * and, when the provider confirms the charge (at once in the sandbox, by webhook for others), the
   * money goes on to the issuer. Until then the amount is promised to the invoice. Runs without a
   * transaction around the provider's call.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public InvoiceView payByCard(long invoiceId, String key, long amount, String card) {
    return payByCardUnder(invoiceId, key, amount, card).invoice();
  }

  /** A card payment under a key, and the invoice after it. */
  public record CardPayment(InvoiceView invoice, long paymentId, boolean repeated) {}

  /**
   * {@link #payByCard} that also tells which payment the key names and whether an earlier request
   * under the key made it ({@code repeated}): decided while the invoice is locked, so of two
   * requests with one key at the same moment exactly one made the payment, and that one charges the
   * card.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CardPayment payByCardUnder(long invoiceId, String key, long amount, String card) {
    Promise promise = self.promiseCard(invoiceId, key, amount, card);
    promise.topUp().ifPresent(topUp -> wallets.charge(topUp, card));
    return new CardPayment(self.get(invoiceId), promise.payment().getId(), promise.earlier());
  }

  /**
   * The card payment a key names, whether it was there before this request, and the top-up that
   * carries it when this request claimed it (and so charges the card).
   */
  public record Promise(InvoicePayment payment, boolean earlier, Optional<Claim<TopUp>> topUp) {}

  /**
   * The card payment under the key: the earlier one, or a new one promising its amount. A payment
   * still waiting for its card has its top-up claimed here, with the invoice locked: the request
   * that claims it charges the card, a request under the same key at the same moment does not.
   */
  public Promise promiseCard(long invoiceId, String key, long amount, String card) {
    authentication.requireVerifiedEmail(caller.ref());
    Invoice invoice = access.toPayForUpdate(invoiceId);
    Optional<InvoicePayment> earlier = earlier(invoiceId, key, PaymentMethod.CARD, amount);
    InvoicePayment payment;
    if (earlier.isPresent()) {
      payment = earlier.get();
    } else {
      invoice.promise(amount);
      audit.record(
          AuditAction.INVOICE_PAYMENT_STARTED,
          "invoice",
          invoiceId,
          "by card, " + amountText(invoiceId, amount));
      payment = claim(invoice, PaymentMethod.CARD, amount, key);
    }
    Optional<Claim<TopUp>> topUp = Optional.empty();
    if (payment.getStatus() == PaymentStatus.PENDING && payment.getTopUpId() == null) {
      topUp =
          Optional.of(
                  wallets.claimTopUp(
                      InvoiceSettlement.CARD_KEY + payment.getId(),
                      access.money(invoiceId, amount),
                      card))
              .filter(Claim::ours);
    }
    return new Promise(payment, earlier.isPresent(), topUp);
  }

  private String amountText(long invoiceId, long amount) {
    var money = access.money(invoiceId, amount);
    return money.toDecimal().toPlainString() + " " + money.currencyCode();
  }

  /** The invoice as its recipient sees it now. */
  public InvoiceView get(long invoiceId) {
    return view(access.readable(invoiceId));
  }

  private InvoicePayment claim(Invoice invoice, PaymentMethod method, long amount, String key) {
    var payment =
        new InvoicePayment(
            invoice.getId(), access.me(), null, method, amount, key, null, clock.instant());
    em.persist(payment);
    em.flush(); // the unique key decides a concurrent payment under the same key
    return payment;
  }

  private Optional<InvoicePayment> earlier(
      long invoiceId, String key, PaymentMethod method, long amount) {
    Optional<InvoicePayment> earlier =
        em.createNamedQuery(InvoicePayment.BY_KEY, InvoicePayment.class)
            .setParameter("invoice", invoiceId)
            .setParameter("key", key)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent() && !earlier.get().sameRequest(method, amount)) {
      throw new ConflictException(
          "This idempotency key was already used for a different payment; use a new key.");
    }
    return earlier;
  }

  private InvoiceView view(Invoice invoice) {
    return views.view(
        invoice, access.issuedByMe(invoice), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }
}
