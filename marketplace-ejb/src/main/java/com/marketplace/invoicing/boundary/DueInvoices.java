package com.marketplace.invoicing.boundary;

import static com.marketplace.invoicing.control.DocumentNumbers.NATIVE;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.InvoiceOverdue;
import com.marketplace.events.entity.DomainEvent.InvoiceReminder;
import com.marketplace.invoicing.control.InvoiceHistoryLog;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.NoticePlan;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.platform.transaction.Boundary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * The reminders and the overdue notice of an open invoice, each sent once: the kinds sent are kept
 * under the invoice's unique key, so two scans at once (or a scan run again) send nothing twice.
 * Each invoice in a transaction of its own (the scan's, in which its row is claimed). Reached from
 * {@link InvoiceScan}'s timer, and by tests with a time of their choosing.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class DueInvoices {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceProfiles profiles;
  @Inject InvoiceHistoryLog history;
  @Inject TenantContext tenant;
  @Inject Event<DomainEvent> events;

  /** Sends what is due for the invoice at {@code now}; answers whether anything was sent. */
  public boolean visit(long invoiceId, Instant now) {
    Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
    if (invoice == null || !invoice.getStatus().isOpen()) {
      return false;
    }
    var step =
        NoticePlan.on(
            LocalDate.ofInstant(now, ZoneOffset.UTC),
            invoice.getDueOn(),
            profiles.of(invoice.getIssuerKey()).reminders(),
            sent(invoiceId));
    invoice.nextNoticeAt(step.next());
    for (String kind : step.mark()) {
      em.createNativeQuery(
              "INSERT INTO invoice_notice (tenant_id, invoice_id, kind, sent_at)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setHint(NATIVE, true)
          .setParameter(1, tenantId())
          .setParameter(2, invoiceId)
          .setParameter(3, kind)
          .setParameter(4, java.sql.Timestamp.from(now))
          .executeUpdate();
    }
    long open = invoice.payable() + invoice.getPending();
    step.remind()
        .ifPresent(
            days -> {
              events.fire(
                  new InvoiceReminder(
                      DomainEvent.header(tenantId(), now),
                      invoice.getId(),
                      invoice.getNumber(),
                      invoice.getRecipientMemberId(),
                      days,
                      open,
                      invoice.getCurrency(),
                      invoice.getDueOn().toString()));
              history.record(
                  invoice,
                  null,
                  "REMINDED",
                  "Reminder sent "
                      + (days < 0 ? -days + " day(s) before" : days + " day(s) after")
                      + " the due date.");
            });
    if (step.overdue()) {
      events.fire(
          new InvoiceOverdue(
              DomainEvent.header(tenantId(), now),
              invoice.getId(),
              invoice.getNumber(),
              invoice.getIssuerMemberId(),
              invoice.getRecipientMemberId(),
              open,
              invoice.getCurrency(),
              invoice.getDueOn().toString()));
      history.record(
          invoice, null, "OVERDUE", "Overdue: " + invoice.money(open).format() + " open.");
    }
    return !step.mark().isEmpty();
  }

  private Set<String> sent(long invoiceId) {
    Set<String> sent = new HashSet<>();
    for (Object kind :
        em.createNativeQuery("SELECT kind FROM invoice_notice WHERE invoice_id = ?1")
            .setHint(NATIVE, true)
            .setParameter(1, invoiceId)
            .getResultList()) {
      sent.add(kind.toString());
    }
    return sent;
  }

  private long tenantId() {
    return tenant.current().orElseThrow(() -> new IllegalStateException("No tenant"));
  }
}
