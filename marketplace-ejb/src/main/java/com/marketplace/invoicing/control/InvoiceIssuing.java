package com.marketplace.invoicing.control;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.InvoiceIssued;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.NoticePlan;
import com.marketplace.invoicing.entity.PaymentMethod;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Issues a draft, its row locked by the caller: the next number of the issuer's series for the
 * year, refused (the number given back) when the invoice could not carry a valid EN 16931 e-invoice
 * — typically the issuer's tax id missing —, the print kept once, the reminders scheduled, what
 * escrow paid already recorded as the first payment, and InvoiceIssued. Whoever issues — a
 * freelancer, the workspace's billing — issues this way.
 */
@Dependent
public class InvoiceIssuing {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject DocumentNumbers numbers;
  @Inject InvoiceProfiles profiles;
  @Inject InvoicePrints prints;
  @Inject InvoicePrinter printer;
  @Inject InvoiceSettlement settlement;
  @Inject InvoiceHistoryLog history;
  @Inject TenantContext tenant;
  @Inject Event<DomainEvent> events;

  /** Issues the draft as of {@code now} (in the issuing transaction); {@code actor} may be null. */
  public void issue(Invoice invoice, Long actor, Instant now) {
    issue(invoice, actor, now, true);
  }

  /**
   * Issues the draft; {@code printNow} false leaves the print to the print queue ({@code
   * InvoicePrintScan}): it prints it soon after — a billing run issues thousands — and only then
   * announces it, so that the recipient's email carries the PDF.
   */
  public void issue(Invoice invoice, Long actor, Instant now, boolean printNow) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    InvoiceProfile profile = profiles.of(invoice.getIssuerKey());
    invoice.requireIssuable();
    String number =
        numbers.next(
            invoice.getIssuerKey(),
            DocumentNumbers.INVOICE,
            today.getYear(),
            profile.getInvoicePrefix());
    invoice.issue(number, today, now);
    // every issued invoice carries a valid e-invoice: what it lacks is said before anything is kept
    printer
        .facturXProblem(prints.contents(invoice))
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  "The invoice cannot be issued yet. "
                      + problem
                      + " Add your tax id under Invoice settings, or the recipient's VAT id in"
                      + " the invoice's recipient details.");
            });
    invoice.nextNoticeAt(NoticePlan.first(today, invoice.getDueOn(), profile.reminders()));
    if (printNow) {
      prints.print(invoice);
    }
    history.record(
        invoice,
        actor,
        "ISSUED",
        "Issued as "
            + number
            + " for "
            + invoice.money(invoice.getGross()).format()
            + ", due "
            + invoice.getDueOn()
            + ".");
    long prepaid = invoice.prepaid();
    if (prepaid > 0) {
      var escrow =
          new InvoicePayment(
              invoice.getId(),
              invoice.getRecipientMemberId(),
              null,
              PaymentMethod.ESCROW,
              prepaid,
              "escrow",
              "Paid through escrow",
              now);
      em.persist(escrow);
      settlement.succeeded(invoice, escrow, false, null);
    }
    if (printNow) {
      announce(invoice, now);
    }
  }

  /** Tells that the invoice was issued (once its print is kept, which the email carries). */
  public void announce(Invoice invoice, Instant now) {
    events.fire(
        new InvoiceIssued(
            DomainEvent.header(
                tenant.current().orElseThrow(() -> new IllegalStateException("No tenant")), now),
            invoice.getId(),
            invoice.getNumber(),
            invoice.getIssuerMemberId(),
            invoice.getRecipientMemberId(),
            invoice.getGross(),
            invoice.getCurrency()));
  }
}
