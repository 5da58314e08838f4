package com.marketplace.invoicing.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.QuoteSent;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Sends a draft quote, its row locked by the caller: the next number of the issuer's quote series,
 * the print kept once, and QuoteSent (which emails it with its PDF). Whoever sends — a freelancer,
 * the demo — sends this way.
 */
@Dependent
public class QuoteSending {

  @Inject DocumentNumbers numbers;
  @Inject InvoiceProfiles profiles;
  @Inject InvoicePrints prints;
  @Inject TenantContext tenant;
  @Inject Event<DomainEvent> events;

  public void send(Quote quote, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    quote.requireSendable(today);
    String number =
        numbers.next(
            quote.getIssuerKey(),
            DocumentNumbers.QUOTE,
            today.getYear(),
            profiles.of(quote.getIssuerKey()).getInvoicePrefix() + DocumentNumbers.QUOTE_SUFFIX);
    quote.send(number, today, now);
    prints.print(quote);
    events.fire(
        new QuoteSent(
            DomainEvent.header(
                tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")), now),
            quote.getId(),
            number,
            quote.getIssuerMemberId(),
            quote.getRecipientMemberId(),
            quote.getGross(),
            quote.getCurrency(),
            quote.getValidUntil().toString()));
  }
}
