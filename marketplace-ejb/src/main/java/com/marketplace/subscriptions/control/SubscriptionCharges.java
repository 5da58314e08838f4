package com.marketplace.subscriptions.control;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.payments.control.Gateways;
import com.marketplace.payments.control.PaymentGateway;
import com.marketplace.payments.control.PaymentGateway.Charge;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.MarketplaceException;
import com.marketplace.platform.Money;
import com.marketplace.subscriptions.entity.Customer;
import com.marketplace.subscriptions.entity.SubscriptionBill;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Charges a bill, inside the caller's transaction: a member's wallet into the workspace's
 * subscription revenue, or the customer's card through the provider, whose money lands there too.
 * Every attempt has its own key ({@link SubscriptionBill#chargeKey()}) for the provider and the
 * ledger alike: when the transaction is lost after the provider charged (a crash, a lost
 * connection), asking again under the same key answers that one charge, and the ledger posts it
 * once.
 */
@Dependent
public class SubscriptionCharges {

  private static final Logger LOG = Logger.getLogger(SubscriptionCharges.class.getName());

  /** When to ask the provider again about a charge it has not settled. */
  static final Duration ASK_AGAIN = Duration.ofMinutes(10);

  @Inject LedgerCommands ledger;
  @Inject Gateways gateways;

  /** How a charge went: paid, failed (why), or waiting for the provider (until when to wait). */
  public record Outcome(PaymentStatus status, String failure, Duration askAgainIn) {

    static Outcome paid() {
      return new Outcome(PaymentStatus.SUCCEEDED, null, null);
    }

    static Outcome failed(String why) {
      return new Outcome(PaymentStatus.FAILED, why, null);
    }

    static Outcome waiting(Duration in) {
      return new Outcome(PaymentStatus.PENDING, null, in == null ? ASK_AGAIN : in);
    }
  }

  /** Charges the bill's current attempt. */
  public Outcome charge(Customer customer, SubscriptionBill bill) {
    Money amount = Money.of(bill.getAmount(), bill.getCurrency());
    String key = bill.chargeKey();
    if (customer.paymentMethod() == Customer.PaymentMethod.WALLET) {
      return ledger
          .chargeWalletIfCovered(key, customer.getMemberId(), amount, reference(bill))
          .map(receipt -> Outcome.paid())
          .orElseGet(() -> Outcome.failed("The wallet does not cover it."));
    }
    PaymentGateway gateway = gateways.current();
    Charge charge;
    try {
      charge = gateway.charge(amount, customer.card(), key);
    } catch (MarketplaceException refused) {
      return Outcome.failed(refused.getMessage());
    } catch (RuntimeException unknown) {
      LOG.log(Level.WARNING, "Charge " + key + " has no answer; asking again later", unknown);
      return Outcome.waiting(ASK_AGAIN);
    }
    return settle(gateway, charge, amount, key, bill);
  }

  /** Asks the provider again about the bill's current attempt, which it had not settled. */
  public Outcome recheck(SubscriptionBill bill) {
    Money amount = Money.of(bill.getAmount(), bill.getCurrency());
    String key = bill.chargeKey();
    PaymentGateway gateway = gateways.current();
    Optional<Charge> charge;
    try {
      charge = gateway.findCharge(key);
    } catch (RuntimeException unknown) {
      return Outcome.waiting(ASK_AGAIN);
    }
    return charge
        .map(c -> settle(gateway, c, amount, key, bill))
        .orElseGet(() -> Outcome.failed("The provider never made the charge."));
  }

  private Outcome settle(
      PaymentGateway gateway, Charge charge, Money amount, String key, SubscriptionBill bill) {
    return switch (charge.status()) {
      case SUCCEEDED -> {
        ledger.chargeCard(key, amount, gateway.name(), reference(bill));
        yield Outcome.paid();
      }
      case FAILED -> Outcome.failed(charge.failure());
      case PENDING -> Outcome.waiting(charge.settleAfter());
    };
  }

  private static String reference(SubscriptionBill bill) {
    return "subscription:" + bill.getSubscriptionId();
  }
}
