package com.marketplace.hourly.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A week's escrow: held, paid per approved entry (rounded half-even), the rest refunded. */
class ContractWeekTest {

  static final Instant NOW = Instant.parse("2026-03-02T00:00:30Z");
  static final Week WEEK = new Week(LocalDate.of(2026, 3, 2));

  static Money eur(long cents) {
    return Money.of(cents, "EUR");
  }

  @Test
  void timeIsWorthItsHoursAtTheRateRoundedHalfEvenToMinorUnits() {
    Money rate = eur(6_000); // EUR 60.00 an hour: 1 cent every 0.6 s
    assertThat(ContractWeek.worth(rate, 3600)).isEqualTo(eur(6_000));
    assertThat(ContractWeek.worth(rate, 5400)).isEqualTo(eur(9_000));
    assertThat(ContractWeek.worth(rate, 1234)).isEqualTo(eur(2_057)); // 2056.67
    assertThat(ContractWeek.worth(rate, 0)).isEqualTo(eur(0));
    Money odd = eur(1); // one cent an hour: half a cent rounds to the even neighbour
    assertThat(ContractWeek.worth(odd, 1800)).isEqualTo(eur(0));
    assertThat(ContractWeek.worth(eur(3), 1800)).isEqualTo(eur(2)); // 1.5
    assertThat(ContractWeek.worth(eur(5), 1800)).isEqualTo(eur(2)); // 2.5
    assertThat(ContractWeek.worth(eur(7), 1800)).isEqualTo(eur(4)); // 3.5
    assertThat(ContractWeek.worth(Money.of(1_000, "JPY"), 90)).isEqualTo(Money.of(25, "JPY"));
    assertThat(ContractWeek.worth(eur(Money.MAX_MINOR_UNITS), 80 * 3600))
        .isEqualTo(eur(80 * Money.MAX_MINOR_UNITS));
    assertThatThrownBy(() -> ContractWeek.worth(rate, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFundedWeekPaysApprovedTimeAndRefundsTheRestWhenItCloses() {
    var w = new ContractWeek(42, WEEK, NOW);
    assertThat(w.getStatus()).isEqualTo(WeekStatus.UNFUNDED);
    assertThat(w.getStartsAt()).isEqualTo(WEEK.startsAt());
    assertThat(w.getEndsAt()).isEqualTo(WEEK.endsAt());
    w.funded(9, eur(18_000));
    assertThat(w.getStatus()).isEqualTo(WeekStatus.FUNDED);
    assertThat(w.remaining()).isEqualTo(18_000);

    w.paid(5400, w.payable(9_000));
    w.paid(1234, w.payable(2_057));
    assertThat(w.getApprovedSeconds()).isEqualTo(6634);
    assertThat(w.getReleased()).isEqualTo(11_057);
    assertThat(w.remaining()).isEqualTo(6_943);

    assertThatThrownBy(() -> w.close(100, NOW)).isInstanceOf(IllegalArgumentException.class);
    w.close(6_943, WEEK.endsAt());
    assertThat(w.getStatus()).isEqualTo(WeekStatus.CLOSED);
    assertThat(w.getRefunded()).isEqualTo(6_943);
    assertThat(w.remaining()).isZero();
    assertThat(w.getClosedAt()).isEqualTo(WEEK.endsAt());
    assertThatThrownBy(() -> w.payable(1))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The escrow of the week of 2026-03-02 (UTC) is closed: what it did not pay went back"
                + " to the client.");
    assertThatThrownBy(() -> w.close(0, NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void roundingNeverPaysMoreThanWasHeld() {
    var w = new ContractWeek(42, WEEK, NOW);
    w.funded(9, eur(100));
    w.paid(3000, w.payable(98));
    assertThat(w.payable(3)).isEqualTo(2);
    w.paid(600, 2);
    assertThat(w.payable(5)).isZero();
    assertThatThrownBy(() -> w.paid(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnfundedWeekIsTriedAgainAfterAMinuteAndClosesWithNothing() {
    var w = new ContractWeek(42, WEEK, NOW);
    assertThat(w.retryDue(NOW)).isTrue();
    w.unfunded(NOW);
    assertThat(w.retryDue(NOW)).isFalse();
    assertThat(w.retryDue(NOW.plus(ContractWeek.RETRY_AFTER))).isTrue();
    assertThatThrownBy(() -> w.payable(1))
        .isInstanceOf(ConflictException.class)
        .hasMessageEndingWith("is not held.");
    w.close(0, WEEK.endsAt());
    assertThat(w.getStatus()).isEqualTo(WeekStatus.CLOSED);
    assertThat(w.retryDue(WEEK.endsAt())).isFalse();
  }

  @Test
  void aWeekIsFundedOnce() {
    var w = new ContractWeek(42, WEEK, NOW);
    w.funded(9, eur(100));
    assertThatThrownBy(() -> w.funded(10, eur(100))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> w.unfunded(NOW)).isInstanceOf(IllegalStateException.class);
  }
}
