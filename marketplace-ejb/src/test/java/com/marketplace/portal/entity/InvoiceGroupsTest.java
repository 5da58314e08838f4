package com.marketplace.portal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.platform.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceGroupsTest {

  static final Currency EUR = Currency.getInstance("EUR");

  static InvoiceRow row(long id, String issuer, InvoiceStatus status, boolean overdue, long open) {
    return new InvoiceRow(
        id,
        "INV-" + id,
        status,
        overdue,
        issuer,
        "Customer",
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 15),
        Money.of(10_000, EUR),
        Money.of(open, EUR));
  }

  @Test
  void paidDueAndOverdueAreToldApartAndVoidLeftOut() {
    var groups =
        InvoiceGroups.of(
            List.of(
                row(1, "Fay", InvoiceStatus.PAID, false, 0),
                row(2, "Fay", InvoiceStatus.ISSUED, false, 10_000),
                row(3, "Finn", InvoiceStatus.PARTIALLY_PAID, true, 4_000),
                row(4, "Finn", InvoiceStatus.VOID, false, 0),
                row(5, "The workspace", InvoiceStatus.ISSUED, true, 10_000)),
            EUR);
    assertThat(groups.paid()).extracting(InvoiceRow::id).containsExactly(1L);
    assertThat(groups.due()).extracting(InvoiceRow::id).containsExactly(2L);
    assertThat(groups.overdue()).extracting(InvoiceRow::id).containsExactly(3L, 5L);
    assertThat(groups.outstanding()).isEqualTo(Money.of(24_000, EUR));
  }

  @Test
  void eachStandingCarriesAnIconAndWords() {
    assertThat(InvoiceGroups.Standing.of(row(1, "A", InvoiceStatus.PAID, false, 0)))
        .hasValueSatisfying(s -> assertThat(s.icon() + " " + s.label()).isEqualTo("✓ Paid"));
    assertThat(InvoiceGroups.Standing.of(row(2, "A", InvoiceStatus.ISSUED, false, 1)))
        .hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("Due"));
    assertThat(InvoiceGroups.Standing.of(row(3, "A", InvoiceStatus.ISSUED, true, 1)))
        .hasValueSatisfying(s -> assertThat(s.icon() + " " + s.label()).isEqualTo("⚠ Overdue"));
    assertThat(InvoiceGroups.Standing.of(row(4, "A", InvoiceStatus.DRAFT, false, 1))).isEmpty();
  }

  @Test
  void invoicesAreGroupedByIssuerInOrder() {
    var byIssuer =
        InvoiceGroups.byIssuer(
            List.of(
                row(1, "Fay", InvoiceStatus.ISSUED, false, 1),
                row(2, "Finn", InvoiceStatus.ISSUED, false, 1),
                row(3, "Fay", InvoiceStatus.ISSUED, false, 1)));
    assertThat(byIssuer.keySet()).containsExactly("Fay", "Finn");
    assertThat(byIssuer.get("Fay")).extracting(InvoiceRow::id).containsExactly(1L, 3L);
  }
}
