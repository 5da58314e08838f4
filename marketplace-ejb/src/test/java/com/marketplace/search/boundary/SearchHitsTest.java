package com.marketplace.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.contracts.entity.ContractMatch;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.desk.entity.ClientRow;
import com.marketplace.desk.entity.ProjectRow;
import com.marketplace.desk.entity.ProjectStatus;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.platform.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitsTest {

  @Test
  void eachHitSaysWhatTellsItApart() {
    var client = new ClientRow(1, "Zoë", "zoe@example.com", null, "Acme", null, true, 2);
    assertThat(Search.client(client).detail()).isEqualTo("Acme · zoe@example.com · archived");
    var bare = new ClientRow(2, "Bob", null, null, null, null, false, 0);
    assertThat(Search.client(bare).detail()).isEmpty();

    var project =
        new ProjectRow(
            3,
            "Logo",
            1,
            "Zoë",
            ProjectStatus.IN_PROGRESS,
            Money.of(5_000, "EUR"),
            "EUR",
            null,
            false,
            null,
            0);
    assertThat(Search.project(project).title()).isEqualTo("Logo");
    assertThat(Search.project(project).detail()).isEqualTo("Zoë · In progress");

    assertThat(Search.job(job(JobStatus.OPEN)).detail()).isEqualTo("Clara");
    assertThat(Search.job(job(JobStatus.HIRED)).detail()).isEqualTo("Clara · hired");

    var invoice =
        new InvoiceRow(
            6,
            "INV-2026-0007",
            InvoiceStatus.ISSUED,
            true,
            "Fay",
            "Zoë",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 15),
            Money.of(1_000, "EUR"),
            Money.of(1_000, "EUR"));
    assertThat(Search.invoice(invoice).title()).isEqualTo("INV-2026-0007");
    assertThat(Search.invoice(invoice).detail()).isEqualTo("Fay – Zoë · Overdue");
    var draft =
        new InvoiceRow(
            7,
            null,
            InvoiceStatus.DRAFT,
            false,
            "Fay",
            "Zoë",
            null,
            null,
            Money.of(0, "EUR"),
            Money.of(0, "EUR"));
    assertThat(Search.invoice(draft).title()).isEqualTo("Draft");
    assertThat(Search.invoice(draft).detail()).isEqualTo("Fay – Zoë · Draft");

    var contract = new ContractMatch(5, "Logo", ContractStatus.IN_PROGRESS, "Clara", "Fay");
    assertThat(Search.contract(contract).detail())
        .isEqualTo("Clara – Fay · " + ContractStatus.IN_PROGRESS.label());
  }

  private static JobCard job(JobStatus status) {
    return new JobCard(
        4,
        "Logo",
        "",
        null,
        null,
        Money.of(1, "EUR"),
        "EUR",
        List.of(),
        null,
        status,
        "Clara",
        null);
  }
}
