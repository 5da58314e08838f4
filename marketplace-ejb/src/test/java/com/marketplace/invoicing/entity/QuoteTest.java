package com.marketplace.invoicing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuoteTest {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-29");
  static final LocalDate VALID_UNTIL = TODAY.plusDays(30);

  /** For a CRM client (linked to member 9): accepted, it becomes a project. */
  static Quote forClient() {
    return new Quote(
        Issuers.member(7),
        7L,
        new Recipient(1L, 9L, "Zoë Müller-Łukasiewicz", null, null, "de", null),
        "EUR",
        "Shop relaunch",
        VALID_UNTIL,
        null,
        TODAY,
        NOW);
  }

  /** For a client member without a CRM client: accepted, it becomes a contract. */
  static Quote forMember() {
    return new Quote(
        Issuers.member(7),
        7L,
        new Recipient(null, 9L, "Carl Client", null, null, null, null),
        "EUR",
        "Logo",
        VALID_UNTIL,
        null,
        TODAY,
        NOW);
  }

  static LineItem pieces(long price) {
    return new LineItem(
        "Logo design",
        BigDecimal.ONE,
        "C62",
        price,
        null,
        new BigDecimal("19"),
        null,
        null,
        null,
        false);
  }

  @Test
  void aDraftIsSentUnderItsNumberAndIsFixedFromThen() {
    var quote = forClient();
    assertThat(quote.status(TODAY)).isEqualTo(QuoteStatus.DRAFT);
    assertThatThrownBy(() -> quote.send("INV-Q-2026-0001", TODAY, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one line");
    quote.add(LineItemTest.line("10", 8_000, "0", "19"));
    quote.add(pieces(50_000));
    assertThat(quote.getGross()).isEqualTo(95_200 + 59_500);
    quote.send("INV-Q-2026-0001", TODAY, NOW);
    assertThat(quote.status(TODAY)).isEqualTo(QuoteStatus.SENT);
    assertThat(quote.getNumber()).isEqualTo("INV-Q-2026-0001");
    assertThat(quote.getSentOn()).isEqualTo(TODAY);
    assertThatThrownBy(() -> quote.add(pieces(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("sent");
    assertThatThrownBy(() -> quote.describe("Other", VALID_UNTIL, null, TODAY))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aQuoteIsValidUntilADayNotBeforeToday() {
    assertThatThrownBy(
            () ->
                new Quote(
                    Issuers.member(7),
                    7L,
                    new Recipient(null, 9L, "Carl", null, null, null, null),
                    "EUR",
                    "Logo",
                    TODAY.minusDays(1),
                    null,
                    TODAY,
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("valid until today");
    var quote = forMember();
    assertThatThrownBy(() -> quote.describe("Logo", null, null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> quote.describe(" ", VALID_UNTIL, null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    quote.describe("Logo", TODAY, null, TODAY);
    quote.add(pieces(100));
    // a draft left lying past its date is not sent until its date is moved
    assertThatThrownBy(() -> quote.send("N", TODAY.plusDays(1), NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("later date");
  }

  @Test
  void aSentQuoteExpiresAfterItsValidUntilDateAndCanThenNotBeDecided() {
    var quote = forMember();
    quote.add(pieces(10_000));
    quote.send("INV-Q-2026-0002", TODAY, NOW);
    assertThat(quote.isExpired(VALID_UNTIL)).isFalse();
    assertThat(quote.status(VALID_UNTIL.plusDays(1))).isEqualTo(QuoteStatus.EXPIRED);
    assertThat(quote.getStatus()).isEqualTo(QuoteStatus.SENT);
    assertThatThrownBy(() -> quote.acceptedAlready(VALID_UNTIL.plusDays(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired")
        .hasMessageContaining(VALID_UNTIL.toString());
    assertThatThrownBy(() -> quote.reject(9, "Too late", VALID_UNTIL.plusDays(1), NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("expired");
    // on its last day it is still accepted
    assertThat(quote.acceptedAlready(VALID_UNTIL)).isFalse();
    quote.acceptedAsContract(41, 9, VALID_UNTIL, NOW);
    assertThat(quote.status(VALID_UNTIL.plusDays(1))).isEqualTo(QuoteStatus.ACCEPTED);
  }

  @Test
  void acceptedOnceASecondAcceptanceAnswersTheFirstOnesResult() {
    var quote = forMember();
    assertThatThrownBy(() -> quote.acceptedAlready(TODAY))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not been sent");
    quote.add(pieces(10_000));
    quote.send("INV-Q-2026-0003", TODAY, NOW);
    assertThat(quote.becomesProject()).isFalse();
    assertThat(quote.acceptedAlready(TODAY)).isFalse();
    quote.acceptedAsContract(41, 9, TODAY, NOW);
    assertThat(quote.acceptedAlready(TODAY)).isTrue();
    assertThat(quote.getContractId()).isEqualTo(41);
    assertThat(quote.getProjectId()).isNull();
    assertThat(quote.getDecidedBy()).isEqualTo(9);
    assertThatThrownBy(() -> quote.reject(9, "Changed my mind", TODAY, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("accepted already");
  }

  @Test
  void aRejectionNeedsAReasonAndARejectedQuoteIsNotAccepted() {
    var quote = forClient();
    quote.add(LineItemTest.line("4", 8_000, "0", "0"));
    quote.send("INV-Q-2026-0004", TODAY, NOW);
    assertThatThrownBy(() -> quote.reject(9, " ", TODAY, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThat(quote.reject(9, "Too dear", TODAY, NOW)).isTrue();
    assertThat(quote.reject(9, "Too dear", TODAY, NOW)).isFalse();
    assertThat(quote.status(TODAY)).isEqualTo(QuoteStatus.REJECTED);
    assertThat(quote.getRejection()).isEqualTo("Too dear");
    assertThatThrownBy(() -> quote.acceptedAlready(TODAY))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("rejected");
  }

  @Test
  void aClientsQuoteBecomesAProjectAtTheRateOfItsFirstLineInHours() {
    var quote = forClient();
    quote.add(pieces(50_000));
    // no line in hours: no rate for the project
    assertThatThrownBy(() -> quote.send("N", TODAY, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("in hours");
    quote.add(LineItemTest.line("12.5", 9_000, "10", "19"));
    quote.add(LineItemTest.line("2", 7_000, "0", "19"));
    assertThat(quote.becomesProject()).isTrue();
    assertThat(quote.hourlyRate()).contains(Money.of(9_000, "EUR"));
    assertThat(quote.quotedMinutes()).isEqualTo(14 * 60 + 30);
    quote.send("INV-Q-2026-0005", TODAY, NOW);
    quote.acceptedAsProject(51, 9, TODAY, NOW);
    assertThat(quote.getProjectId()).isEqualTo(51);
  }

  @Test
  void aMembersQuoteHasAtMostAsManyLinesAsAContractHasMilestones() {
    var quote = forMember();
    for (int i = 0; i < 21; i++) {
      quote.add(pieces(100 + i));
    }
    assertThatThrownBy(() -> quote.send("N", TODAY, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 20 lines");
  }
}
