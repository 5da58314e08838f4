package com.marketplace.invoicing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.invoicing.control.DocumentNumbers;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  static Invoice draft() {
    return new Invoice(
        Issuers.member(7),
        7L,
        new Recipient(1L, 9L, "Zoë Müller-Łukasiewicz", null, null, "de", null),
        "EUR",
        14,
        null,
        null,
        NOW);
  }

  @Test
  void aDraftIsIssuedDueAfterItsTermsAndIsImmutableFromThen() {
    var invoice = draft();
    assertThat(invoice.recipient().countryCode()).isEqualTo("DE");
    assertThatThrownBy(() -> invoice.issue("INV-2026-0001", TODAY, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least one line");
    invoice.add(List.of(LineItemTest.line("2", 5_000, "0", "19")));
    assertThat(invoice.getGross()).isEqualTo(11_900);
    invoice.issue("INV-2026-0001", TODAY, NOW);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(invoice.getDueOn()).isEqualTo(TODAY.plusDays(14));
    assertThatThrownBy(() -> invoice.add(List.of(LineItemTest.line("1", 1, "0", "0"))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("issued");
    assertThatThrownBy(() -> invoice.describe(30, null)).isInstanceOf(ConflictException.class);
    assertThat(invoice.isOverdue(TODAY.plusDays(14))).isFalse();
    assertThat(invoice.isOverdue(TODAY.plusDays(15))).isTrue();
  }

  @Test
  void paymentsTakeAtMostWhatIsOpenAndPromisedCardMoneyCountsAgainstIt() {
    var invoice = draft();
    invoice.add(List.of(LineItemTest.line("1", 10_000, "0", "0")));
    assertThatThrownBy(() -> invoice.pay(100, false, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("takes no payment");
    invoice.issue("INV-2026-0002", TODAY, NOW);
    invoice.promise(6_000);
    assertThat(invoice.payable()).isEqualTo(4_000);
    assertThatThrownBy(() -> invoice.pay(4_001, false, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("At most");
    invoice.pay(4_000, false, NOW);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    assertThatThrownBy(() -> invoice.cancel("No", NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("received payments");
    invoice.unpromise(6_000);
    assertThat(invoice.payable()).isEqualTo(6_000);
    invoice.promise(6_000);
    invoice.pay(6_000, true, NOW);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.payable()).isZero();
    assertThatThrownBy(() -> invoice.pay(1, false, NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aVoidKeepsItsNumberAndNeedsAReasonAndWorkPaidThroughEscrowDoesNotBlockIt() {
    var invoice = draft();
    invoice.add(
        List.of(
            LineItemTest.line("1", 10_000, "0", "19").from("milestone:4", true),
            LineItemTest.line("1", 500, "0", "0")));
    assertThat(invoice.prepaid()).isEqualTo(10_000);
    invoice.issue("INV-2026-0003", TODAY, NOW);
    invoice.pay(invoice.prepaid(), false, NOW);
    assertThatThrownBy(() -> invoice.cancel(" ", NOW)).hasMessageContaining("reason");
    invoice.cancel("Wrong client", NOW);
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.VOID);
    assertThat(invoice.getNumber()).isEqualTo("INV-2026-0003");
    assertThatThrownBy(() -> invoice.cancel("Again", NOW)).isInstanceOf(ConflictException.class);
  }

  @Test
  void termsAreBoundedSoTheDueDateIsNeverBeforeTheIssue() {
    assertThatThrownBy(() -> draft().describe(-1, null)).hasMessageContaining("0 to 365");
    assertThatThrownBy(() -> draft().describe(366, null)).hasMessageContaining("0 to 365");
  }

  @Test
  void numbersCarryPrefixYearAndAtLeastFourDigits() {
    assertThat(DocumentNumbers.format("INV", 2026, 1)).isEqualTo("INV-2026-0001");
    assertThat(DocumentNumbers.format("INV", 2026, 12_345)).isEqualTo("INV-2026-12345");
  }

  @Test
  void aProfileRefusesPrefixesAndReminderDaysItCannotUse() {
    var profile = InvoiceProfile.standard(Issuers.member(7));
    assertThat(profile.reminders()).containsExactly(-3, 1, 7, 14);
    assertThatThrownBy(() -> profile.write(null, null, "DE", null, "IN V", 14, null, ""))
        .hasMessageContaining("prefix");
    assertThatThrownBy(() -> profile.write(null, null, "XX", null, "INV", 14, null, ""))
        .hasMessageContaining("country");
    assertThatThrownBy(() -> profile.write(null, null, "DE", null, "INV", 14, null, "1,a"))
        .hasMessageContaining("Reminders");
    profile.write("Fay Design", "Main St 1\n10115 Berlin", "de", "DE123", "fd", 30, null, "7, 1");
    assertThat(profile.getInvoicePrefix()).isEqualTo("FD");
    assertThat(profile.reminders()).containsExactly(1, 7);
  }

  @Test
  void theTotalsTellHowManyTheListHoldsButIssuedAndPartlyPaidApart() {
    var eur = com.marketplace.platform.Money.of(0, "EUR");
    var totals = new InvoiceTotals(2, eur, 7, eur, 3, eur, 11, eur, 1);
    assertThat(totals.matching(null)).hasValue(21);
    assertThat(totals.matching(InvoiceSearch.OVERDUE)).hasValue(3);
    assertThat(totals.matching("DRAFT")).hasValue(2);
    assertThat(totals.matching("PAID")).hasValue(11);
    assertThat(totals.matching("VOID")).hasValue(1);
    assertThat(totals.matching("ISSUED")).isEmpty();
    assertThat(totals.matching("PARTIALLY_PAID")).isEmpty();
  }
}
