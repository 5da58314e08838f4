package com.marketplace.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.ledger.entity.AccountKind;
import com.marketplace.ledger.entity.Hold;
import com.marketplace.ledger.entity.HoldPurpose;
import com.marketplace.ledger.entity.InsufficientFundsException;
import org.junit.jupiter.api.Test;

class LockedHoldTest {

  private static LockedHold hold(long amount) {
    return new LockedHold(
        9, HoldPurpose.ESCROW, 1, 2, "USD", amount, Hold.Status.OPEN, "milestone:1");
  }

  @Test
  void partsAreTakenUntilNothingRemainsThenItCloses() {
    var hold = hold(1000).take(400);
    assertThat(hold.remaining()).isEqualTo(600);
    assertThat(hold.status()).isEqualTo(Hold.Status.OPEN);
    var closed = hold.take(600);
    assertThat(closed.remaining()).isZero();
    assertThat(closed.status()).isEqualTo(Hold.Status.CLOSED);
    assertThatThrownBy(() -> closed.take(1)).hasMessageContaining("already resolved");
  }

  @Test
  void cannotTakeMoreThanRemainsOrNothing() {
    var hold = hold(1000);
    assertThatThrownBy(() -> hold.take(1001)).hasMessageContaining("1000 still held");
    assertThatThrownBy(() -> hold.take(0)).hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> hold.take(-5)).hasMessageContaining("between 1 and");
  }

  @Test
  void onlyTheWorldMayGoNegative() {
    var member = new LockedAccount(1, AccountKind.MEMBER_AVAILABLE, "USD", 0).apply(500);
    assertThat(member.balance()).isEqualTo(500);
    assertThatThrownBy(() -> member.apply(-501))
        .isInstanceOf(InsufficientFundsException.class)
        .hasMessageContaining("$5.00 available, $5.01 needed");
    assertThat(member.apply(-500).balance()).isZero();
    var world = new LockedAccount(2, AccountKind.WORLD, "USD", 0).apply(-500);
    assertThat(world.balance()).isEqualTo(-500);
  }

  @Test
  void aBalanceThatWouldOverflowIsRefused() {
    var world = new LockedAccount(2, AccountKind.WORLD, "USD", Long.MIN_VALUE + 1);
    assertThatThrownBy(() -> world.apply(-2)).isInstanceOf(ArithmeticException.class);
  }
}
