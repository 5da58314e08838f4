package com.marketplace.payments.control;

import com.marketplace.payments.entity.PaymentStatus;
import java.time.Duration;

/** The port to a payment provider: charge a card for a top-up, pay a withdrawal out. */
public interface PaymentGateway {

  /** The provider's name; also the owner of its WORLD ledger account. */
  String name();

  Charge charge(long amount, String currency, String card, String reference);

  Payout payout(long amount, String currency, String payoutAccount, String reference);

  /**
   * A charge's outcome as far as known now; a pending one is settled later, by a provider event or
   * (sandbox) after {@code settleAfter}.
   */
  record Charge(String providerRef, PaymentStatus status, String failure, Duration settleAfter) {}

  record Payout(String providerRef, PaymentStatus status, String failure) {}
}
