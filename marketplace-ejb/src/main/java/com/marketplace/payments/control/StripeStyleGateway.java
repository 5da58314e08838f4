package com.marketplace.payments.control;

import com.marketplace.payments.entity.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A provider that answers asynchronously, the way Stripe does: a charge becomes a payment intent
 * and a payout a transfer, both pending until a signed webhook ({@link WebhookSignature}) reports
 * the outcome. The intent's metadata names the tenant and the top-up, which the webhook carries
 * back.
 */
@ApplicationScoped
public class StripeStyleGateway implements PaymentGateway {

  public static final String NAME = "stripe";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Charge charge(long amount, String currency, String card, String reference) {
    return new Charge(
        "pi_" + UUID.randomUUID().toString().replace("-", ""), PaymentStatus.PENDING, null, null);
  }

  @Override
  public Payout payout(long amount, String currency, String payoutAccount, String reference) {
    return new Payout(
        "po_" + UUID.randomUUID().toString().replace("-", ""), PaymentStatus.PENDING, null);
  }
}
