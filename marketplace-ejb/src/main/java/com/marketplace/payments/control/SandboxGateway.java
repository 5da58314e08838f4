package com.marketplace.payments.control;

import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in test provider. Cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined;
 * 4000 0000 0000 9995 is declined for insufficient funds; 4000 0000 0000 0341 is accepted, then
 * fails a few seconds later. Payouts to an account starting with "FAIL" are rejected by the bank;
 * all others are paid.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

  public static final String NAME = "sandbox";
  public static final String FAILS_LATER = "4000000000000341";
  static final Duration SETTLE_AFTER = Duration.ofSeconds(3);

  private static final Map<String, String> DECLINED =
      Map.of(
          "4000000000000002", "Your card was declined.",
          "4000000000009995", "Your card has insufficient funds.");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Charge charge(long amount, String currency, String card, String reference) {
    String number = card == null ? "" : card.replaceAll("[\\s-]", "");
    if (!number.matches("\\d{12,19}")) {
      throw new InvalidInputException("Enter the card number (12 to 19 digits).");
    }
    String ref = "sbx_ch_" + UUID.randomUUID();
    if (number.equals("4242424242424242")) {
      return new Charge(ref, PaymentStatus.SUCCEEDED, null, null);
    }
    if (number.equals(FAILS_LATER)) {
      return new Charge(ref, PaymentStatus.PENDING, null, SETTLE_AFTER);
    }
    return new Charge(
        ref,
        PaymentStatus.FAILED,
        DECLINED.getOrDefault(number, "Your card was declined (unknown test card)."),
        null);
  }

  /** What a card that is accepted at first eventually answers. */
  public String lateFailure() {
    return "The payment failed after it was authorised.";
  }

  @Override
  public Payout payout(long amount, String currency, String payoutAccount, String reference) {
    String ref = "sbx_po_" + UUID.randomUUID();
    if (payoutAccount.toUpperCase(java.util.Locale.ROOT).startsWith("FAIL")) {
      return new Payout(ref, PaymentStatus.FAILED, "The bank rejected the payout.");
    }
    return new Payout(ref, PaymentStatus.SUCCEEDED, null);
  }
}
