package com.marketplace.notifications.control;

import com.marketplace.events.entity.DomainEvent.InvoiceIssued;
import com.marketplace.events.entity.DomainEvent.InvoiceOverdue;
import com.marketplace.events.entity.DomainEvent.InvoiceReminder;
import com.marketplace.events.entity.DomainEvent.PaymentReceived;
import com.marketplace.events.entity.DomainEvent.QuoteAccepted;
import com.marketplace.events.entity.DomainEvent.QuoteRejected;
import com.marketplace.events.entity.DomainEvent.QuoteSent;
import com.marketplace.files.control.ContentStore;
import com.marketplace.identity.control.Directory;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.notifications.entity.Notice;
import com.marketplace.notifications.entity.NoticeType;
import com.marketplace.platform.Money;
import com.marketplace.tenancy.boundary.Tenants;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who hears of an invoice or a quote and what they are told. The document's recipient is told with
 * its PDF attached: the member it is addressed to in the app and by email, or — a CRM client
 * without an account — by email at the address on the document. Its issuer hears of payments,
 * overdue invoices and decisions on quotes.
 */
@Dependent
public class DocumentNotices {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Tenants tenants;
  @Inject Directory directory;
  @Inject ContentStore store;

  /** Where an invoice is read and paid. */
  static String invoicePage(long invoiceId) {
    return "/app/invoices/invoice.xhtml?id=" + invoiceId;
  }

  /** Where a quote is read, accepted or rejected. */
  static String quotePage(long quoteId) {
    return "/app/invoices/quote.xhtml?id=" + quoteId;
  }

  public List<Notice> issued(InvoiceIssued e) {
    return toRecipient(
        em.find(Invoice.class, e.invoiceId()),
        NoticeType.InvoiceIssued,
        from(e.tenantId(), e.issuerMemberId())
            + " sent you invoice "
            + e.number()
            + " for "
            + Money.of(e.amount(), e.currency()).format()
            + ".");
  }

  public List<Notice> reminder(InvoiceReminder e) {
    return toRecipient(
        em.find(Invoice.class, e.invoiceId()),
        NoticeType.InvoiceReminder,
        "Reminder: invoice "
            + e.number()
            + (e.days() < 0 ? " is due on " : " was due on ")
            + e.dueOn()
            + "; "
            + Money.of(e.open(), e.currency()).format()
            + " is open.");
  }

  public List<Notice> overdue(InvoiceOverdue e) {
    String open = Money.of(e.open(), e.currency()).format();
    List<Notice> notices = new ArrayList<>();
    if (e.issuerMemberId() != null) {
      notices.add(
          new Notice(
              e.issuerMemberId(),
              NoticeType.InvoiceOverdue,
              "Invoice " + e.number() + " is overdue since " + e.dueOn() + ": " + open + " open.",
              invoicePage(e.invoiceId())));
    }
    notices.addAll(
        toRecipient(
            em.find(Invoice.class, e.invoiceId()),
            NoticeType.InvoiceOverdue,
            "Invoice "
                + e.number()
                + " was due on "
                + e.dueOn()
                + ": please pay the "
                + open
                + " still open."));
    return notices;
  }

  public List<Notice> paymentReceived(PaymentReceived e) {
    if (e.issuerMemberId() == null) {
      return List.of();
    }
    String by = e.payerMemberId() == null ? "" : " from " + directory.name(e.payerMemberId());
    return List.of(
        new Notice(
            e.issuerMemberId(),
            NoticeType.PaymentReceived,
            Money.of(e.amount(), e.currency()).format()
                + " received"
                + by
                + " for invoice "
                + e.number()
                + " ("
                + e.method().toLowerCase(Locale.ROOT)
                + ").",
            invoicePage(e.invoiceId())));
  }

  public List<Notice> quoteSent(QuoteSent e) {
    Quote quote = em.find(Quote.class, e.quoteId());
    if (quote == null) {
      return List.of();
    }
    return toRecipient(
        quote.recipient(),
        quote.getNumber(),
        quote.getPdfSha(),
        quotePage(quote.getId()),
        NoticeType.QuoteSent,
        from(e.tenantId(), e.issuerMemberId())
            + " sent you quote "
            + e.number()
            + " for "
            + Money.of(e.amount(), e.currency()).format()
            + ", valid until "
            + e.validUntil()
            + ".");
  }

  public List<Notice> quoteAccepted(QuoteAccepted e) {
    if (e.issuerMemberId() == null) {
      return List.of();
    }
    String became =
        e.contractId() != null
            ? " A fixed-price contract with its lines as milestones is open."
            : " Its project is on your desk.";
    return List.of(
        new Notice(
            e.issuerMemberId(),
            NoticeType.QuoteAccepted,
            directory.name(e.recipientMemberId()) + " accepted quote " + e.number() + "." + became,
            e.contractId() != null
                ? "/app/contract.xhtml?id=" + e.contractId()
                : quotePage(e.quoteId())));
  }

  public List<Notice> quoteRejected(QuoteRejected e) {
    if (e.issuerMemberId() == null) {
      return List.of();
    }
    return List.of(
        new Notice(
            e.issuerMemberId(),
            NoticeType.QuoteRejected,
            directory.name(e.recipientMemberId())
                + " rejected quote "
                + e.number()
                + ": “"
                + e.comment()
                + "”",
            quotePage(e.quoteId())));
  }

  private List<Notice> toRecipient(Invoice invoice, NoticeType type, String text) {
    if (invoice == null) {
      return List.of();
    }
    return toRecipient(
        invoice.recipient(),
        invoice.getNumber(),
        invoice.getPdfSha(),
        invoicePage(invoice.getId()),
        type,
        text);
  }

  /**
   * The document's recipient told, with the document's kept PDF: the member in the app and by
   * email, else the address on the document (nobody when it has none).
   */
  private List<Notice> toRecipient(
      Recipient to, String number, String pdfSha, String page, NoticeType type, String text) {
    List<Notice.Attachment> pdf = pdf(number, pdfSha);
    if (to.memberId() != null) {
      return List.of(new Notice(to.memberId(), type, text, page, pdf));
    }
    if (to.email() == null) {
      return List.of();
    }
    return List.of(
        Notice.toOutsider(
            new Notice.Outsider(to.email(), to.name()),
            type,
            text + (pdf.isEmpty() ? "" : " It is attached."),
            pdf));
  }

  private List<Notice.Attachment> pdf(String number, String sha) {
    if (sha == null) {
      return List.of();
    }
    try {
      return List.of(
          new Notice.Attachment(
              number + ".pdf", "application/pdf", Files.readAllBytes(store.path(sha))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String from(long tenantId, Long issuerMemberId) {
    return issuerMemberId == null ? tenants.get(tenantId).name() : directory.name(issuerMemberId);
  }
}
