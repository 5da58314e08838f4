package com.marketplace.ledger.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.ledger.entity.LedgerReceipt;
import com.marketplace.platform.InvalidInputException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void retriesACommandThatLostARaceAndAnswersWithTheLaterResult() {
    var calls = new AtomicInteger();
    LedgerReceipt receipt =
        Ledger.retrying(
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new PersistenceException(
                    new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062));
              }
              return new LedgerReceipt(42, null, true);
            });
    assertThat(receipt.entryId()).isEqualTo(42);
    assertThat(calls).hasValue(3);
  }

  @Test
  void deadlocksAndLockTimeoutsAreRacesToo() {
    assertThat(Ledger.lostRace(new RuntimeException(new SQLException("x", "40001", 1213))))
        .isTrue();
    assertThat(Ledger.lostRace(new RuntimeException(new SQLException("x", "HY000", 1205))))
        .isTrue();
    assertThat(Ledger.lostRace(new RuntimeException(new SQLException("x", "42000", 1064))))
        .isFalse();
  }

  @Test
  void refusalsAreNeverRetried() {
    var calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Ledger.retrying(
                    () -> {
                      calls.incrementAndGet();
                      throw new InvalidInputException("no");
                    }))
        .isInstanceOf(InvalidInputException.class);
    assertThat(calls).hasValue(1);
  }
}
