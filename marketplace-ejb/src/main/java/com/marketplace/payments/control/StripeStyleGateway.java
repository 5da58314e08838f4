package com.marketplace.payments.control;

import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider that answers asynchronously, the way Stripe does: a charge becomes a payment intent
 * and a payout a transfer, both pending until a signed webhook ({@link WebhookSignature}) reports
 * the outcome. The intent's metadata names the tenant and the top-up, which the webhook carries
 * back. One intent or transfer per idempotency key, as Stripe does for the keys it is sent (here
 * kept in memory, the most recent ones).
 */
@ApplicationScoped
public class StripeStyleGateway implements PaymentGateway {

  public static final String NAME = "stripe";
  static final int REMEMBERED = 100_000;

  private final Map<String, String> refs =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > REMEMBERED;
            }
          });

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Charge charge(Money amount, CardNumber card, String idempotencyKey) {
    return pendingCharge(refs.computeIfAbsent(idempotencyKey, k -> "pi_" + token()));
  }

  @Override
  public Optional<Charge> findCharge(String idempotencyKey) {
    return Optional.ofNullable(refs.get(idempotencyKey)).map(StripeStyleGateway::pendingCharge);
  }

  @Override
  public Payout payout(Money amount, String payoutAccount, String idempotencyKey) {
    return pendingPayout(refs.computeIfAbsent(idempotencyKey, k -> "po_" + token()));
  }

  @Override
  public Optional<Payout> findPayout(String idempotencyKey) {
    return Optional.ofNullable(refs.get(idempotencyKey)).map(StripeStyleGateway::pendingPayout);
  }

  private static Charge pendingCharge(String ref) {
    return new Charge(ref, PaymentStatus.PENDING, null, null);
  }

  private static Payout pendingPayout(String ref) {
    return new Payout(ref, PaymentStatus.PENDING, null);
  }

  private static String token() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
