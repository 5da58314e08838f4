package com.marketplace.payments.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.payments.entity.CardNumber;
import com.marketplace.payments.entity.PaymentStatus;
import com.marketplace.platform.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SandboxGatewayTest {

  static final CardNumber OK = CardNumber.parse("4242 4242 4242 4242");

  /** A clock the test moves. */
  static final class Hands extends Clock {
    Instant now = Instant.parse("2030-01-01T12:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void oneChargePerKeyAnsweredAgainForRepeatsAndCounted() {
    var sandbox = new SandboxGateway(Clock.systemUTC());
    var first = sandbox.charge(Money.of(100, "USD"), OK, "top-up:1");
    var again = sandbox.charge(Money.of(100, "USD"), OK, "top-up:1");
    assertThat(again).isEqualTo(first);
    assertThat(first.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(sandbox.calls("top-up:1")).isEqualTo(2);
    assertThat(sandbox.findCharge("top-up:1")).contains(first);
    assertThat(sandbox.calls("top-up:1")).isEqualTo(2);
    assertThat(sandbox.findCharge("top-up:2")).isEmpty();
    assertThat(sandbox.calls("top-up:2")).isZero();
  }

  @Test
  void aCardAcceptedFirstIsPendingUntilItsDelayThenFailed() {
    var clock = new Hands();
    var sandbox = new SandboxGateway(clock);
    var charge =
        sandbox.charge(
            Money.of(100, "USD"), CardNumber.parse(SandboxGateway.FAILS_LATER), "top-up:3");
    assertThat(charge.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(charge.settleAfter()).isEqualTo(SandboxGateway.SETTLE_AFTER);
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertThat(sandbox.findCharge("top-up:3").orElseThrow().settleAfter())
        .isEqualTo(Duration.ofSeconds(2));
    clock.now = clock.now.plus(Duration.ofSeconds(2));
    var late = sandbox.findCharge("top-up:3").orElseThrow();
    assertThat(late.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(late.failure()).isEqualTo(sandbox.lateFailure());
    assertThat(late.providerRef()).isEqualTo(charge.providerRef());
  }

  @Test
  void onePayoutPerKeyAndRejectedAccountsFail() {
    var sandbox = new SandboxGateway(Clock.systemUTC());
    var paid = sandbox.payout(Money.of(100, "USD"), "DE00 1", "withdrawal:1");
    assertThat(sandbox.payout(Money.of(100, "USD"), "DE00 1", "withdrawal:1")).isEqualTo(paid);
    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(sandbox.findPayout("withdrawal:1")).contains(paid);
    assertThat(sandbox.payout(Money.of(100, "USD"), "FAIL-1", "withdrawal:2").status())
        .isEqualTo(PaymentStatus.FAILED);
    assertThat(sandbox.findPayout("withdrawal:3")).isEmpty();
  }
}
