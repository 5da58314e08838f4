package com.marketplace.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldTest {

  private static Hold hold(long amount) {
    return new Hold(HoldPurpose.ESCROW, 1, 2, "USD", amount, "milestone:1", Instant.EPOCH);
  }

  @Test
  void partsAreTakenUntilNothingRemainsThenItCloses() {
    var hold = hold(1000);
    hold.take(400);
    assertThat(hold.getRemaining()).isEqualTo(600);
    assertThat(hold.getStatus()).isEqualTo(Hold.Status.OPEN);
    hold.take(600);
    assertThat(hold.getStatus()).isEqualTo(Hold.Status.CLOSED);
    assertThatThrownBy(() -> hold.take(1)).hasMessageContaining("already resolved");
  }

  @Test
  void cannotTakeMoreThanRemainsOrNothing() {
    var hold = hold(1000);
    assertThatThrownBy(() -> hold.take(1001)).hasMessageContaining("1000 still held");
    assertThatThrownBy(() -> hold.take(0)).hasMessageContaining("between 1 and");
    assertThat(hold.getRemaining()).isEqualTo(1000);
    assertThatThrownBy(() -> hold(0)).hasMessageContaining("greater than zero");
  }

  @Test
  void onlyTheWorldMayGoNegative() {
    var member = new LedgerAccount(AccountKind.MEMBER_AVAILABLE, "7", "USD", Instant.EPOCH);
    member.apply(500);
    assertThatThrownBy(() -> member.apply(-501))
        .isInstanceOf(InsufficientFundsException.class)
        .hasMessageContaining("USD 5.00 available, USD 5.01 needed");
    assertThat(member.getBalance()).isEqualTo(500);
    var world = new LedgerAccount(AccountKind.WORLD, "sandbox", "USD", Instant.EPOCH);
    world.apply(-500);
    assertThat(world.getBalance()).isEqualTo(-500);
  }
}
