package com.marketplace.payments.control;

import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import java.time.Duration;
import java.util.Optional;

/**
 * The port to a payment provider: charge a card for a top-up, pay a withdrawal out, and say what
 * became of either. Every call carries our idempotency key for the payment: the provider makes one
 * charge or payout per key and answers a repeated call with the first one's outcome, so asking
 * again after a crash can never move money twice.
 *
 * <p>Called outside any database transaction. A {@link
 * com.marketplace.platform.MarketplaceException} means the provider refused the request before
 * moving anything; any other exception leaves the outcome unknown, and the payment is asked about
 * again later with the same key.
 */
public interface PaymentGateway {

  /** The provider's name; also the owner of its WORLD ledger account. */
  String name();

  Charge charge(Money amount, CardNumber card, String idempotencyKey);

  /** The charge made under the key, as it stands now; empty if the provider never made one. */
  Optional<Charge> findCharge(String idempotencyKey);

  Payout payout(Money amount, String payoutAccount, String idempotencyKey);

  /** The payout made under the key, as it stands now; empty if the provider never made one. */
  Optional<Payout> findPayout(String idempotencyKey);

  /**
   * A charge's outcome as far as known now; a pending one is settled later, by a provider event or,
   * when the provider gives {@code settleAfter}, by asking it again then.
   */
  record Charge(String providerRef, PaymentStatus status, String failure, Duration settleAfter) {}

  record Payout(String providerRef, PaymentStatus status, String failure) {}
}
