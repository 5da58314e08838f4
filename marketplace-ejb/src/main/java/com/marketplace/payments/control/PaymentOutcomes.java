package com.marketplace.payments.control;

import com.marketplace.ledger.control.LedgerCommands;
import com.marketplace.payments.control.PaymentGateway.Charge;
import com.marketplace.payments.control.PaymentGateway.Payout;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.payments.entity.ProviderPayment;
import com.marketplace.payments.entity.TopUp;
import com.marketplace.payments.entity.TopUpSettled;
import com.marketplace.payments.entity.Withdrawal;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Applies what a provider answered about a payment, in the caller's transaction and with the
 * payment's row locked by the caller. Idempotent: a final payment stays as it is, and the ledger
 * keys derive from the payment, so an answer applied twice (the member's request and the settlement
 * scan, a webhook and its replay) moves money once.
 */
@Dependent
public class PaymentOutcomes {

  private static final Logger LOG = Logger.getLogger(PaymentOutcomes.class.getName());

  @Inject LedgerCommands ledger;
  @Inject PaymentNotices notices;
  @Inject Clock clock;
  @Inject Event<TopUpSettled> settled;

  /** A charge's answer: credit on success, record a failure, or wait for a pending one. */
  public void charge(TopUp topUp, Charge answer) {
    if (alreadyFinal(topUp, answer.providerRef(), answer.status())) {
      return;
    }
    topUp.answeredAs(answer.providerRef());
    if (answer.status().isFinal()) {
      settle(topUp, answer.status(), answer.failure());
    } else {
      topUp.checkAgainAt(
          answer.settleAfter() == null ? null : clock.instant().plus(answer.settleAfter()));
    }
  }

  /** A top-up's final outcome (from a charge's answer or a provider event). */
  public void settle(TopUp topUp, PaymentStatus outcome, String failure) {
    if (outcome == PaymentStatus.SUCCEEDED && !topUp.getStatus().isFinal()) {
      ledger.topUp(
          "topup:" + topUp.getId(),
          topUp.getMemberId(),
          topUp.getAmount(),
          topUp.getProvider(),
          "topup:" + topUp.getId());
      notices.announce(PaymentNotices.TOP_UP_CONFIRMED, topUp);
    }
    if (!topUp.settle(outcome, failure)) {
      LOG.fine(() -> "Top-up " + topUp.getId() + " is already " + topUp.getStatus());
      return;
    }
    settled.fire(
        new TopUpSettled(
            topUp.getId(),
            topUp.getMemberId(),
            topUp.getIdempotencyKey(),
            topUp.getAmount().minorUnits(),
            topUp.getAmount().currencyCode(),
            topUp.getStatus(),
            topUp.getFailure()));
  }

  /** A payout's answer: the held funds leave or return, or wait for a pending one. */
  public void payout(Withdrawal withdrawal, Payout answer) {
    if (alreadyFinal(withdrawal, answer.providerRef(), answer.status())) {
      return;
    }
    withdrawal.answeredAs(answer.providerRef());
    if (answer.status().isFinal()) {
      settle(withdrawal, answer.status(), answer.failure());
    } else {
      withdrawal.checkAgainAt(null); // the provider tells us by webhook
    }
  }

  /** A withdrawal's final outcome: paid out of, or back into, the member's wallet. */
  public void settle(Withdrawal withdrawal, PaymentStatus outcome, String failure) {
    if (!outcome.isFinal() || withdrawal.getStatus().isFinal()) {
      return;
    }
    String key = "payout:" + withdrawal.getId();
    if (outcome == PaymentStatus.SUCCEEDED) {
      ledger.withdrawalPaid(key, withdrawal.getHoldId(), withdrawal.getProvider());
    } else {
      ledger.withdrawalFailed(key, withdrawal.getHoldId());
    }
    withdrawal.settle(outcome, failure);
    notices.announce(
        outcome == PaymentStatus.SUCCEEDED
            ? PaymentNotices.WITHDRAWAL_PAID
            : PaymentNotices.WITHDRAWAL_FAILED,
        withdrawal);
  }

  /**
   * A final payment ignores later answers. One that contradicts it is the provider having moved
   * money after we gave up on it (the scan found nothing under the key, then the charge went
   * through): that needs a person, so it is logged loudly rather than silently dropped.
   */
  private static boolean alreadyFinal(
      ProviderPayment payment, String providerRef, PaymentStatus answer) {
    if (!payment.getStatus().isFinal()) {
      return false;
    }
    if (answer.isFinal() && answer != payment.getStatus()) {
      LOG.severe(
          () ->
              "Payment "
                  + payment.getId()
                  + " is "
                  + payment.getStatus()
                  + " here but "
                  + answer
                  + " at "
                  + payment.getProvider()
                  + " ("
                  + providerRef
                  + "): reconcile it by hand");
    }
    return true;
  }
}
