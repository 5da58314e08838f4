package com.marketplace.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderPaymentTest {

  static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
  static final CardNumber CARD = CardNumber.parse("4242 4242 4242 4242");

  private static TopUp topUp(Instant checkAt) {
    return new TopUp(7, Money.of(5_000, "USD"), "sandbox", "key-1", CARD, NOW, checkAt);
  }

  @Test
  void aClaimedPaymentIsPendingWithoutAProviderReferenceAndDueWhenItsCheckComes() {
    var topUp = topUp(NOW.plusSeconds(300));
    assertThat(topUp.getStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(topUp.getProviderRef()).isNull();
    assertThat(topUp.dueForCheck(NOW)).isFalse();
    assertThat(topUp.dueForCheck(NOW.plusSeconds(300))).isTrue();
    assertThat(topUp(null).dueForCheck(NOW.plusSeconds(10_000))).isFalse();
  }

  @Test
  void theProviderReferenceIsRecordedOnceAndAnotherOneIsRefused() {
    var topUp = topUp(NOW);
    topUp.answeredAs(null);
    assertThat(topUp.getProviderRef()).isNull();
    topUp.answeredAs("ch_1");
    topUp.answeredAs("ch_1");
    assertThat(topUp.getProviderRef()).isEqualTo("ch_1");
    assertThatThrownBy(() -> topUp.answeredAs("ch_2")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void settlingEndsTheChecksAndHappensOnce() {
    var topUp = topUp(NOW);
    assertThat(topUp.settle(PaymentStatus.PENDING, null)).isFalse();
    assertThat(topUp.settle(PaymentStatus.SUCCEEDED, null)).isTrue();
    assertThat(topUp.getCheckAt()).isNull();
    assertThat(topUp.dueForCheck(NOW)).isFalse();
    assertThat(topUp.settle(PaymentStatus.FAILED, "late")).isFalse();
    assertThat(topUp.getStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
    topUp.checkAgainAt(NOW);
    assertThat(topUp.getCheckAt()).isNull();
  }

  @Test
  void aReplayAsksForTheSameAmountAndCardOrAccount() {
    var topUp = topUp(NOW);
    assertThat(topUp.sameRequest(Money.of(5_000, "USD"), CardNumber.parse("4242-4242-4242-4242")))
        .isTrue();
    assertThat(topUp.sameRequest(Money.of(5_001, "USD"), CARD)).isFalse();
    assertThat(topUp.sameRequest(Money.of(5_000, "USD"), CardNumber.parse("4000 0000 0000 0002")))
        .isFalse();

    var withdrawal =
        new Withdrawal(7, Money.of(2_000, "USD"), "sandbox", "key-1", " DE00 1 ", NOW, NOW);
    assertThat(withdrawal.getPayoutAccount()).isEqualTo("DE00 1");
    assertThat(withdrawal.sameRequest(Money.of(2_000, "USD"), "DE00 1")).isTrue();
    assertThat(withdrawal.sameRequest(Money.of(2_000, "USD"), "DE00 2")).isFalse();
    assertThat(withdrawal.sameRequest(Money.of(2_500, "USD"), "DE00 1")).isFalse();
  }

  @Test
  void keysCardsAndAccountsAreCheckedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> ProviderPayment.requireKey(" "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ProviderPayment.requireKey("k".repeat(121)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CardNumber.parse("4242")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CardNumber.parse(null)).isInstanceOf(InvalidInputException.class);
    assertThat(CARD.last4()).isEqualTo("4242");
    assertThat(CARD.toString()).doesNotContain("424242");
    assertThatThrownBy(() -> Withdrawal.requireAccount(""))
        .isInstanceOf(InvalidInputException.class);
  }
}
