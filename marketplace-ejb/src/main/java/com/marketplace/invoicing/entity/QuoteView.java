package com.marketplace.invoicing.entity;

import com.marketplace.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote as its issuer and its recipient see it. {@code status} is where it stands today (expired
 * when its valid-until date passed); {@code mine}: the reader issued it (and may change a draft and
 * send it); {@code decidable}: the reader is its recipient and may accept or reject it now. An
 * accepted quote names the project or the contract it became.
 */
public record QuoteView(
    long id,
    String number,
    String title,
    QuoteStatus status,
    boolean mine,
    boolean decidable,
    String issuerName,
    Recipient recipient,
    String currency,
    LocalDate validUntil,
    LocalDate sentOn,
    String notes,
    List<InvoiceView.Line> lines,
    List<InvoiceDocument.TaxSum> taxes,
    Money net,
    Money tax,
    Money gross,
    boolean printed,
    boolean becomesProject,
    String decidedBy,
    Instant decidedAt,
    String rejection,
    Long projectId,
    Long contractId) {

  public String statusLabel() {
    return status.label();
  }

  public boolean isDraft() {
    return status == QuoteStatus.DRAFT;
  }
}
