package com.marketplace.invoicing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineItemTest {

  static LineItem line(String quantity, long price, String discount, String rate) {
    return new LineItem(
        "Work",
        new BigDecimal(quantity),
        "HUR",
        price,
        new BigDecimal(discount),
        new BigDecimal(rate),
        null,
        null,
        null,
        false);
  }

  @Test
  void netAndTaxAreRoundedHalfEvenPerLine() {
    // 1.833 h × 50.00 = 91.65; 19 % of it = 17.4135 → 17.41
    var line = line("1.833", 5_000, "0", "19");
    assertThat(line.net()).isEqualTo(9_165);
    assertThat(line.tax()).isEqualTo(1_741);
    // 0.125 × 1.00 = 0.125 → 0.12 (half to even), 0.375 → 0.38
    assertThat(line("0.125", 100, "0", "0").net()).isEqualTo(12);
    assertThat(line("0.375", 100, "0", "0").net()).isEqualTo(38);
    // 10 % off 3 × 33.33 = 99.99 → 89.991 → 89.99; 7 % → 6.2993 → 6.30
    var discounted = line("3", 3_333, "10", "7");
    assertThat(discounted.net()).isEqualTo(8_999);
    assertThat(discounted.tax()).isEqualTo(630);
  }

  @Test
  void roundingEachLineCanDifferFromRoundingTheTotalAndTheInvoiceKeepsTheLines() {
    var odd = List.of(line("1", 5, "0", "10"), line("1", 5, "0", "10"), line("1", 5, "0", "10"));
    // each 0.5 → 0 (half to even); the total's 1.5 → 2: the invoice sums its rounded lines
    assertThat(odd.stream().mapToLong(LineItem::tax).sum()).isZero();
    var summary = TaxSummary.of(odd);
    assertThat(summary).hasSize(1);
    assertThat(summary.get(0).netMinor()).isEqualTo(15);
    assertThat(summary.get(0).taxMinor()).isZero();
    // the invoice keeps the lines' sums, not the rounded tax of its total (which would be 2)
    var invoice = InvoiceTest.draft();
    invoice.add(odd);
    assertThat(invoice.getNet()).isEqualTo(15);
    assertThat(invoice.getTax()).isZero();
    assertThat(invoice.getGross()).isEqualTo(15);
  }

  @Test
  void theTaxSummaryHasOneSumPerRateAndCategoryAndAddsUpToTheLines() {
    var reverse =
        new LineItem(
            "Consulting for an EU business",
            BigDecimal.ONE,
            "C62",
            10_000,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            TaxCategory.REVERSE_CHARGE,
            null,
            null,
            false);
    var lines =
        List.of(
            line("2", 1_000, "0", "19"),
            line("1", 500, "0", "7"),
            line("1", 333, "0", "19"),
            reverse);
    var summary = TaxSummary.of(lines);
    assertThat(summary)
        .extracting(InvoiceDocument.TaxSum::category)
        .containsExactly("S", "S", "AE");
    assertThat(summary.get(0).netMinor()).isEqualTo(2_333);
    assertThat(summary.get(0).taxMinor()).isEqualTo(380 + 63);
    assertThat(summary.get(1).taxMinor()).isEqualTo(35);
    assertThat(summary.get(2).exemptionNote()).contains("Reverse charge");
    assertThat(summary.stream().mapToLong(InvoiceDocument.TaxSum::netMinor).sum())
        .isEqualTo(lines.stream().mapToLong(LineItem::net).sum());
  }

  @Test
  void badLinesAreRefusedByName() {
    assertThatThrownBy(() -> line("-1", 100, "0", "0"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quantity");
    assertThatThrownBy(() -> line("0", 100, "0", "0")).hasMessageContaining("quantity");
    assertThatThrownBy(() -> line("1.0001", 100, "0", "0")).hasMessageContaining("three decimals");
    assertThatThrownBy(() -> line("1", 0, "0", "0")).hasMessageContaining("price");
    assertThatThrownBy(() -> line("1", 100, "0", "100.5")).hasMessageContaining("tax rate");
    assertThatThrownBy(() -> line("1", 100, "100", "0")).hasMessageContaining("discount");
    assertThatThrownBy(() -> line("1", 100, "-5", "0")).hasMessageContaining("discount");
    assertThatThrownBy(
            () ->
                new LineItem(
                    "x",
                    BigDecimal.ONE,
                    "HUR",
                    100,
                    null,
                    new BigDecimal("19"),
                    TaxCategory.REVERSE_CHARGE,
                    null,
                    null,
                    false))
        .hasMessageContaining("Reverse charge lines carry no tax");
    assertThatThrownBy(
            () -> new LineItem("x", BigDecimal.ONE, "KG", 100, null, null, null, null, null, false))
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> line("100001", 100, "0", "0")).hasMessageContaining("at most");
  }
}
