package com.marketplace.invoicing.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.desk.control.DeskAccess;
import com.marketplace.invoicing.control.BillableWork;
import com.marketplace.invoicing.control.InvoiceAccess;
import com.marketplace.invoicing.control.InvoiceHistoryLog;
import com.marketplace.invoicing.control.InvoiceIssuing;
import com.marketplace.invoicing.control.InvoicePrints;
import com.marketplace.invoicing.control.InvoiceProfiles;
import com.marketplace.invoicing.control.InvoiceSettlement;
import com.marketplace.invoicing.control.InvoiceViews;
import com.marketplace.invoicing.control.Recipients;
import com.marketplace.invoicing.entity.Invoice;
import com.marketplace.invoicing.entity.InvoiceLine;
import com.marketplace.invoicing.entity.InvoicePayment;
import com.marketplace.invoicing.entity.InvoiceProfile;
import com.marketplace.invoicing.entity.InvoiceRow;
import com.marketplace.invoicing.entity.InvoiceSearch;
import com.marketplace.invoicing.entity.InvoiceStatus;
import com.marketplace.invoicing.entity.InvoiceTotals;
import com.marketplace.invoicing.entity.InvoiceView;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.NewInvoice;
import com.marketplace.invoicing.entity.OfflinePayment;
import com.marketplace.invoicing.entity.PrintedFile;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.invoicing.entity.TaxChoice;
import com.marketplace.invoicing.entity.TimeGrouping;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * A freelancer's invoices (H5): drafts written from approved time, released milestones and lines by
 * hand, issued under the next gapless number and printed once, voided with a reason, paid offline
 * as recorded by the issuer; and any member's reading of the invoices addressed to them. Another
 * member's invoice is not found.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
public class Invoices {

  /** The most invoices a page of a list holds. */
  public static final int PAGE_MAX = 100;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject InvoiceAccess access;
  @Inject AuditTrail audit;
  @Inject DeskAccess desk;
  @Inject BillableWork work;
  @Inject InvoiceProfiles profiles;
  @Inject InvoicePrints prints;
  @Inject InvoiceSettlement settlement;
  @Inject InvoiceIssuing issuing;
  @Inject InvoiceHistoryLog history;
  @Inject InvoiceViews views;
  @Inject Recipients recipients;
  @Inject InvoicePrintQueue printQueue;
  @Inject Clock clock;

  // drafts

  /** Starts a draft for one of the caller's CRM clients or for a member of the workspace. */
  @RolesAllowed(FREELANCER)
  public InvoiceView draft(NewInvoice request) {
    long me = access.me();
    Recipient recipient = recipient(request.clientId(), request.memberId());
    InvoiceProfile profile = profiles.of(access.issuer());
    var invoice =
        new Invoice(
            access.issuer(),
            me,
            recipient,
            currency(),
            request.termsDays() == null ? profile.getPaymentTermsDays() : request.termsDays(),
            request.notes(),
            null,
            clock.instant());
    em.persist(invoice);
    em.flush();
    history.record(invoice, me, "DRAFTED", "Draft for " + recipient.name() + " started.");
    return view(invoice);
  }

  /** Changes the draft's recipient details (as they will be printed), terms and notes. */
  @RolesAllowed(FREELANCER)
  public InvoiceView describe(long invoiceId, Recipient details, int termsDays, String notes) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    invoice.requireDraft();
    if (details != null) {
      invoice.address(details);
    }
    invoice.describe(termsDays, notes);
    return view(invoice);
  }

  /** Bills a project's approved time on the draft: all of it or the chosen entries. */
  @RolesAllowed(FREELANCER)
  public InvoiceView addTime(
      long invoiceId,
      long projectId,
      Collection<Long> entryIds,
      TimeGrouping grouping,
      TaxChoice tax) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    invoice.requireDraft();
    List<LineItem> lines = work.time(invoice, projectId, entryIds, grouping, tax);
    invoice.add(lines);
    history.record(
        invoice, access.me(), "LINES", lines.size() + " line(s) of approved time added.");
    return view(invoice);
  }

  /** Bills released milestones of one of the caller's contracts on the draft. */
  @RolesAllowed(FREELANCER)
  public InvoiceView addMilestones(
      long invoiceId, long contractId, Collection<Long> milestoneIds, TaxChoice tax) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    invoice.requireDraft();
    List<LineItem> lines = work.milestones(invoice, access.me(), contractId, milestoneIds, tax);
    invoice.add(lines);
    history.record(invoice, access.me(), "LINES", lines.size() + " released milestone(s) added.");
    return view(invoice);
  }

  /** Adds a line written by hand. */
  @RolesAllowed(FREELANCER)
  public InvoiceView addLine(long invoiceId, LineItem line) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    invoice.add(List.of(line.from(null, false)));
    return view(invoice);
  }

  /** Rewrites a line (a line billing work keeps its source). */
  @RolesAllowed(FREELANCER)
  public InvoiceView changeLine(long invoiceId, long lineId, LineItem line) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    InvoiceLine before = invoice.line(lineId);
    invoice.change(lineId, line.from(before.getSourceKey(), before.isPrepaid()));
    return view(invoice);
  }

  /**
   * Removes a line; the work it billed can be billed again. A line billing a project's time grouped
   * per day or task takes the project's other grouped lines with it, as they bill the same entries
   * together.
   */
  @RolesAllowed(FREELANCER)
  public InvoiceView removeLine(long invoiceId, long lineId) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    String source = invoice.remove(lineId).orElse(null);
    if (source != null && source.startsWith(BillableWork.PROJECT)) {
      invoice.getLines().stream()
          .filter(l -> source.equals(l.getSourceKey()))
          .forEach(l -> invoice.remove(l.getId()));
    }
    work.unbill(invoice, source);
    return view(invoice);
  }

  /** Deletes a draft; the work it billed can be billed again. */
  @RolesAllowed(FREELANCER)
  public void delete(long invoiceId) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    invoice.requireDraft();
    releaseWork(invoice);
    em.remove(invoice);
  }

  // issuing and after

  /**
   * Issues the draft under the next number of the caller's series for this year, prints it once,
   * records what escrow paid for its work already, and tells the recipient.
   */
  @RolesAllowed(FREELANCER)
  public InvoiceView issue(long invoiceId) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    if (invoice.getStatus() != InvoiceStatus.DRAFT) {
      return view(invoice); // issued already: a double click or a retry
    }
    issuing.issue(invoice, access.me(), clock.instant());
    return view(invoice);
  }

  /**
   * Voids an issued invoice that received no payment (escrow's aside): it keeps its number, its
   * print is marked void, and the work it billed can be billed again.
   */
  @RolesAllowed(FREELANCER)
  public InvoiceView cancel(long invoiceId, String reason) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    if (invoice.getStatus() == InvoiceStatus.VOID) {
      return view(invoice);
    }
    invoice.cancel(reason, clock.instant());
    releaseWork(invoice);
    prints.print(invoice);
    history.record(invoice, access.me(), "VOIDED", "Voided: " + invoice.getVoidReason());
    return view(invoice);
  }

  /** Records money the caller received outside the workspace; once per key. */
  @RolesAllowed(FREELANCER)
  public InvoiceView recordPayment(long invoiceId, OfflinePayment payment) {
    Invoice invoice = access.mineForUpdate(invoiceId);
    if (payment.method() == null || !payment.method().isOffline()) {
      throw new InvalidInputException("Record a bank transfer or cash.");
    }
    var earlier =
        em.createNamedQuery(InvoicePayment.BY_KEY, InvoicePayment.class)
            .setParameter("invoice", invoiceId)
            .setParameter("key", payment.key())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      if (!earlier.get().sameRequest(payment.method(), payment.amount())) {
        throw new ConflictException(
            "This key was already used for a different payment; use a new key.");
      }
      return view(invoice);
    }
    invoice.requirePayable(payment.amount());
    if (payment.reference() == null || payment.reference().isBlank()) {
      throw new InvalidInputException("Give the payment's reference (e.g. the transfer's).");
    }
    var recorded =
        new InvoicePayment(
            invoiceId,
            invoice.getRecipientMemberId(),
            access.me(),
            payment.method(),
            payment.amount(),
            payment.key(),
            payment.reference(),
            clock.instant());
    em.persist(recorded);
    settlement.succeeded(invoice, recorded, false, access.me());
    return view(invoice);
  }

  // reading

  /** An invoice the caller issued or receives. */
  public InvoiceView get(long invoiceId) {
    return view(access.readable(invoiceId));
  }

  /** The invoice's kept print; a draft has none. */
  public PrintedFile pdf(long invoiceId) {
    Invoice invoice = access.readable(invoiceId);
    if (invoice.getPdfSha() == null && invoice.getNumber() != null) {
      printQueue.printInvoice(invoiceId); // asked for before the print queue came to it
      invoice = em.find(Invoice.class, invoiceId);
    }
    if (invoice.getPdfSha() == null) {
      throw new NotFoundException("A draft has no PDF yet: issue it first.");
    }
    audit.record(
        AuditAction.INVOICE_DOWNLOADED, "invoice", invoiceId, invoice.getNumber() + " PDF");
    return new PrintedFile(
        invoice.getNumber() + (invoice.getStatus() == InvoiceStatus.VOID ? "-void" : "") + ".pdf",
        "application/pdf",
        prints.read(invoice.getPdfSha()));
  }

  /** The Factur-X (EN 16931) XML of an issued invoice alone. */
  public PrintedFile eInvoice(long invoiceId) {
    Invoice invoice = access.readable(invoiceId);
    if (invoice.getNumber() == null) {
      throw new NotFoundException("A draft has no e-invoice yet: issue it first.");
    }
    audit.record(
        AuditAction.INVOICE_DOWNLOADED, "invoice", invoiceId, invoice.getNumber() + " e-invoice");
    return new PrintedFile(
        invoice.getNumber() + "-factur-x.xml", "application/xml", prints.facturX(invoice));
  }

  /** The kept receipt of a succeeded payment. */
  public PrintedFile receipt(long paymentId) {
    InvoicePayment payment = access.payment(paymentId);
    if (payment.getReceiptSha() == null && payment.getReceiptNumber() != null) {
      printQueue.printReceipt(paymentId);
      payment = em.find(InvoicePayment.class, paymentId);
    }
    if (payment.getReceiptSha() == null) {
      throw new NotFoundException("This payment has no receipt: it did not succeed.");
    }
    audit.record(
        AuditAction.RECEIPT_DOWNLOADED, "invoice_payment", paymentId, payment.getReceiptNumber());
    return new PrintedFile(
        payment.getReceiptNumber() + ".pdf",
        "application/pdf",
        prints.read(payment.getReceiptSha()));
  }

  /** A page of the caller's invoices, as filtered. */
  @RolesAllowed(FREELANCER)
  public List<InvoiceRow> list(InvoiceSearch search, int first, int max) {
    return views.list(access.issuer(), search, today(), first, Math.min(max, PAGE_MAX));
  }

  @RolesAllowed(FREELANCER)
  public long count(InvoiceSearch search) {
    return views.count(access.issuer(), search, today());
  }

  @RolesAllowed(FREELANCER)
  public InvoiceTotals totals(InvoiceSearch search) {
    return views.totals(access.issuer(), search, currency(), today());
  }

  /**
   * Invoices whose number or recipient has the text in it (matched literally), newest first, at
   * most {@code max}: those the caller issued, drafts too, and the issued ones addressed to them.
   */
  public List<InvoiceRow> find(String text, int max) {
    String required =
        com.marketplace.platform.Texts.required(text, "search text", InvoiceSearch.TEXT_MAX);
    return views.find(access.issuer(), access.me(), required, today(), Math.min(max, PAGE_MAX));
  }

  /** Open invoices addressed to the caller. */
  public List<InvoiceRow> toPay(int first, int max) {
    return views.toPay(access.me(), access.portalEmail(), today(), first, Math.min(max, PAGE_MAX));
  }

  /** Every issued invoice addressed to the caller. */
  public List<InvoiceRow> received(int first, int max) {
    return views.received(
        access.me(), access.portalEmail(), today(), first, Math.min(max, PAGE_MAX));
  }

  /** Succeeded payments of invoices addressed to the caller, newest first, with receipts. */
  public List<com.marketplace.invoicing.entity.ReceivedPayment> paymentsReceived(int max) {
    return views.paymentsReceived(access.me(), access.portalEmail(), Math.min(max, PAGE_MAX));
  }

  // the issuer's profile

  @RolesAllowed(FREELANCER)
  public InvoiceProfile profile() {
    return profiles.of(access.issuer());
  }

  @RolesAllowed(FREELANCER)
  public InvoiceProfile writeProfile(
      String businessName,
      String address,
      String countryCode,
      String taxId,
      String prefix,
      int termsDays,
      String instructions,
      String reminderDays) {
    InvoiceProfile profile = profiles.forUpdate(access.issuer());
    profile.write(
        businessName, address, countryCode, taxId, prefix, termsDays, instructions, reminderDays);
    audit.record(AuditAction.INVOICE_SETTINGS_CHANGED, "invoice_profile", null);
    return profile;
  }

  private void releaseWork(Invoice invoice) {
    invoice.getLines().stream()
        .map(InvoiceLine::getSourceKey)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .forEach(source -> work.unbill(invoice, source));
  }

  private Recipient recipient(Long clientId, Long memberId) {
    return recipients.of(clientId, memberId, "invoice");
  }

  private InvoiceView view(Invoice invoice) {
    return views.view(invoice, access.issuedByMe(invoice), today());
  }

  private String currency() {
    return em.find(Tenant.class, tenantId()).getCurrency();
  }

  private long tenantId() {
    return access.tenantId();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
