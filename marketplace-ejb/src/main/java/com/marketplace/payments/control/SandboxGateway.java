package com.marketplace.payments.control;

import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in test provider. Cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined;
 * 4000 0000 0000 9995 is declined for insufficient funds; 4000 0000 0000 0341 is accepted, then
 * fails a few seconds later. Payouts to an account starting with "FAIL" are rejected by the bank;
 * all others are paid.
 *
 * <p>Like a real provider it makes one charge or payout per idempotency key and answers repeated
 * calls with that one. It keeps them in memory (the most recent ones), so it forgets them when the
 * application stops: a payment whose answer was never recorded is then found nowhere and fails,
 * which is what became of it in the sandbox. It also counts the calls made under each key.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

  public static final String NAME = "sandbox";
  public static final String FAILS_LATER = "4000000000000341";
  static final Duration SETTLE_AFTER = Duration.ofSeconds(3);
  static final int REMEMBERED = 100_000;

  private static final Map<String, String> DECLINED =
      Map.of(
          "4000000000000002", "Your card was declined.",
          "4000000000009995", "Your card has insufficient funds.");

  private final Map<String, Made> made = bounded();
  private final Clock clock;

  /**
   * What the sandbox did under one key, a charge (failing at {@code failsAt}) or a payout, and how
   * many requests asked for it.
   */
  private record Made(
      String ref, PaymentStatus status, String failure, Instant failsAt, int calls) {

    Made(String ref, PaymentStatus status, String failure, Instant failsAt) {
      this(ref, status, failure, failsAt, 0);
    }

    Made called() {
      return new Made(ref, status, failure, failsAt, calls + 1);
    }
  }

  public SandboxGateway() {
    this(Clock.systemUTC());
  }

  SandboxGateway(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Charge charge(Money amount, CardNumber card, String idempotencyKey) {
    synchronized (made) {
      return asCharge(
          made.compute(idempotencyKey, (k, m) -> (m == null ? newCharge(card) : m).called()));
    }
  }

  @Override
  public Optional<Charge> findCharge(String idempotencyKey) {
    synchronized (made) {
      return Optional.ofNullable(made.get(idempotencyKey)).map(this::asCharge);
    }
  }

  @Override
  public Payout payout(Money amount, String payoutAccount, String idempotencyKey) {
    synchronized (made) {
      return asPayout(
          made.compute(
              idempotencyKey, (k, m) -> (m == null ? newPayout(payoutAccount) : m).called()));
    }
  }

  @Override
  public Optional<Payout> findPayout(String idempotencyKey) {
    synchronized (made) {
      return Optional.ofNullable(made.get(idempotencyKey)).map(SandboxGateway::asPayout);
    }
  }

  /** How many charge or payout requests arrived under the key (replays included). */
  public int calls(String idempotencyKey) {
    synchronized (made) {
      Made m = made.get(idempotencyKey);
      return m == null ? 0 : m.calls();
    }
  }

  /** What a card that is accepted at first eventually answers. */
  public String lateFailure() {
    return "The payment failed after it was authorised.";
  }

  private Made newCharge(CardNumber card) {
    String ref = "sbx_ch_" + UUID.randomUUID();
    if (card.digits().equals("4242424242424242")) {
      return new Made(ref, PaymentStatus.SUCCEEDED, null, null);
    }
    if (card.digits().equals(FAILS_LATER)) {
      return new Made(ref, PaymentStatus.PENDING, null, clock.instant().plus(SETTLE_AFTER));
    }
    return new Made(
        ref,
        PaymentStatus.FAILED,
        DECLINED.getOrDefault(card.digits(), "Your card was declined (unknown test card)."),
        null);
  }

  private Made newPayout(String payoutAccount) {
    String ref = "sbx_po_" + UUID.randomUUID();
    if (payoutAccount.toUpperCase(Locale.ROOT).startsWith("FAIL")) {
      return new Made(ref, PaymentStatus.FAILED, "The bank rejected the payout.", null);
    }
    return new Made(ref, PaymentStatus.SUCCEEDED, null, null);
  }

  private Charge asCharge(Made charge) {
    if (charge.failsAt() == null) {
      return new Charge(charge.ref(), charge.status(), charge.failure(), null);
    }
    Duration left = Duration.between(clock.instant(), charge.failsAt());
    return left.isNegative() || left.isZero()
        ? new Charge(charge.ref(), PaymentStatus.FAILED, lateFailure(), null)
        : new Charge(charge.ref(), PaymentStatus.PENDING, null, left);
  }

  private static Payout asPayout(Made payout) {
    return new Payout(payout.ref(), payout.status(), payout.failure());
  }

  private static Map<String, Made> bounded() {
    return new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Made> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
