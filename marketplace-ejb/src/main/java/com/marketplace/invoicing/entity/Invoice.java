package com.marketplace.invoicing.entity;

import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An invoice (H5): a draft its issuer writes and may delete, then issued with the next number of
 * the issuer's series — immutable from then on — paid in parts or at once, or voided with a reason
 * (keeping its number). Amounts are minor units of its currency; the totals are sums of the rounded
 * lines. Money promised by a card payment that waits for its provider is {@code pending}: it counts
 * against what may still be paid, so two payments at once never pay more than is open.
 */
@Entity
@Table(name = "invoice")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Invoice {

  public static final int NOTES_MAX = 2000;
  public static final int VOID_REASON_MAX = 500;
  public static final int TERMS_DAYS_MAX = 365;
  public static final int LINES_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer_key", nullable = false, updatable = false)
  private String issuerKey;

  @Column(name = "issuer_member_id", updatable = false)
  private Long issuerMemberId;

  @Embedded private Addressee addressee;

  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "terms_days", nullable = false)
  private int termsDays;

  private String notes;

  private long net;
  private long tax;
  private long gross;
  private long paid;
  private long pending;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "pdf_sha")
  private String pdfSha;

  @Column(name = "void_pdf_sha")
  private String voidPdfSha;

  @Column(name = "source_key", updatable = false)
  private String sourceKey;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the next reminder or the overdue notice is due; null when none is. */
  @Column(name = "next_notice_at")
  private Instant nextNoticeAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<InvoiceLine> lines = new ArrayList<>();

  protected Invoice() {}

  /**
   * A new draft.
   *
   * @param sourceKey what the invoice bills as a whole (a subscription's period), unique in the
   *     workspace; null for an invoice its issuer writes
   */
  public Invoice(
      String issuerKey,
      Long issuerMemberId,
      Recipient recipient,
      String currency,
      int termsDays,
      String notes,
      String sourceKey,
      Instant now) {
    this.issuerKey = issuerKey;
    this.issuerMemberId = issuerMemberId;
    this.currency = Money.currency(currency).getCurrencyCode();
    this.status = InvoiceStatus.DRAFT;
    this.sourceKey = sourceKey;
    this.createdAt = now;
    this.addressee = new Addressee(recipient);
    describe(termsDays, notes);
  }

  /** Changes the recipient's details as they will be printed; whom the invoice is for stays. */
  public void address(Recipient details) {
    requireDraft();
    addressee.printed(details);
  }

  /** Changes the draft's payment terms (days from issue to due date) and notes. */
  public void describe(int termsDays, String notes) {
    requireDraft();
    if (termsDays < 0 || termsDays > TERMS_DAYS_MAX) {
      throw new InvalidInputException(
          "Payment terms are 0 to "
              + TERMS_DAYS_MAX
              + " days: the due date cannot be before the"
              + " issue date.");
    }
    this.termsDays = termsDays;
    this.notes = Texts.optional(notes, "notes", NOTES_MAX);
  }

  /** Adds lines at the end of the draft. */
  public List<InvoiceLine> add(List<LineItem> items) {
    requireDraft();
    if (lines.size() + items.size() > LINES_MAX) {
      throw new InvalidInputException("An invoice has at most " + LINES_MAX + " lines.");
    }
    List<InvoiceLine> added = new ArrayList<>();
    for (LineItem item : items) {
      var line = new InvoiceLine(this, lines.size() + 1, item);
      lines.add(line);
      added.add(line);
    }
    total();
    return added;
  }

  /** Writes a line anew; where it comes from stays. */
  public void change(long lineId, LineItem item) {
    requireDraft();
    line(lineId).write(item);
    total();
  }

  /** Removes a line; answers where it came from, so the work can be billed again. */
  public Optional<String> remove(long lineId) {
    requireDraft();
    InvoiceLine line = line(lineId);
    lines.remove(line);
    DocumentLine.renumber(lines);
    total();
    return Optional.ofNullable(line.getSourceKey());
  }

  /**
   * Issues the draft under its number on {@code today}: due after its terms; immutable from now on.
   * What escrow paid already is recorded by the caller as the first payment.
   */
  public void issue(String number, LocalDate today, Instant now) {
    requireIssuable();
    this.number = number;
    this.issuedOn = today;
    this.dueOn = today.plusDays(termsDays);
    this.issuedAt = now;
    this.status = InvoiceStatus.ISSUED;
  }

  /** Refuses to issue a draft that is not one, has no lines or adds up to nothing. */
  public void requireIssuable() {
    requireDraft();
    if (lines.isEmpty()) {
      throw new InvalidInputException("Add at least one line before issuing the invoice.");
    }
    if (gross <= 0) {
      throw new InvalidInputException("The invoice's total must be more than 0.");
    }
  }

  /** Keeps the printed PDF's address (its SHA-256 in the content store). */
  public void printed(String sha) {
    if (status == InvoiceStatus.VOID) {
      this.voidPdfSha = sha;
    } else {
      this.pdfSha = sha;
    }
  }

  /**
   * What escrow paid for this invoice's work already: the net of its prepaid lines, at most all.
   */
  public long prepaid() {
    return Math.min(
        gross, lines.stream().filter(InvoiceLine::isPrepaid).mapToLong(InvoiceLine::getNet).sum());
  }

  /** What may still be paid: the total less what was paid and what card payments have promised. */
  public long payable() {
    return gross - paid - pending;
  }

  /** Refuses a payment of {@code amount} this invoice cannot take. */
  public void requirePayable(long amount) {
    if (!status.isOpen()) {
      throw new ConflictException(
          "Invoice " + number + " is " + status.label().toLowerCase() + ": it takes no payment.");
    }
    if (amount <= 0) {
      throw new InvalidInputException("The amount must be more than 0.");
    }
    if (amount > payable()) {
      throw new InvalidInputException(
          "At most " + money(payable()).format() + " of invoice " + number + " is open.");
    }
  }

  /** A card payment of {@code amount} waits for its provider. */
  public void promise(long amount) {
    requirePayable(amount);
    pending += amount;
  }

  /** A promised payment was refused by its provider: the amount is open again. */
  public void unpromise(long amount) {
    pending -= Math.min(amount, pending);
  }

  /** Takes {@code amount}; {@code promised} when it was promised before (a card payment). */
  public void pay(long amount, boolean promised, Instant now) {
    if (promised) {
      unpromise(amount);
    }
    requirePayable(amount);
    paid += amount;
    status = paid == gross ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    if (status == InvoiceStatus.PAID) {
      closedAt = now;
    }
  }

  /**
   * Voids the invoice, which keeps its number; only while nothing but escrow paid it and no card
   * payment waits, since money received must be given back by other means first.
   */
  public void cancel(String reason, Instant now) {
    if (!status.isOpen()) {
      throw new ConflictException(
          "Only an issued, unpaid invoice can be voided; "
              + number
              + " is "
              + status.label().toLowerCase()
              + ".");
    }
    if (pending > 0 || paid > prepaid()) {
      throw new ConflictException(
          "Invoice " + number + " has received payments: it cannot be voided.");
    }
    this.voidReason = Texts.required(reason, "reason for voiding", VOID_REASON_MAX);
    this.status = InvoiceStatus.VOID;
    this.closedAt = now;
  }

  /** When the next notice is due (the scan's schedule); null for none. */
  public void nextNoticeAt(Instant at) {
    this.nextNoticeAt = at;
  }

  /** Open and past its due date. */
  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn != null && dueOn.isBefore(today);
  }

  public void requireDraft() {
    if (status != InvoiceStatus.DRAFT) {
      throw new ConflictException("Invoice " + number + " is issued: it can no longer be changed.");
    }
  }

  public InvoiceLine line(long lineId) {
    return lines.stream()
        .filter(l -> l.getId() != null && l.getId() == lineId)
        .findFirst()
        .orElseThrow(
            () -> new com.marketplace.platform.NotFoundException("There is no such line."));
  }

  private void total() {
    long[] sums = DocumentLine.totals(lines, "invoice");
    net = sums[0];
    tax = sums[1];
    gross = net + tax;
  }

  public Money money(long minorUnits) {
    return Money.of(minorUnits, currency);
  }

  /** Whether {@code memberId} issued it, or it is addressed to them (and issued). */
  public boolean issuedBy(String key) {
    return issuerKey.equals(key);
  }

  public boolean addressedTo(long memberId) {
    return status != InvoiceStatus.DRAFT && addressee.isMember(memberId);
  }

  /** Issued to the member, or to the email of the portal account asking ({@code null}: none). */
  public boolean addressedTo(long memberId, String portalEmail) {
    return status != InvoiceStatus.DRAFT && addressee.isFor(memberId, portalEmail);
  }

  public Recipient recipient() {
    return addressee.recipient();
  }

  public Long getId() {
    return id;
  }

  public String getIssuerKey() {
    return issuerKey;
  }

  public Long getIssuerMemberId() {
    return issuerMemberId;
  }

  public Long getDeskClientId() {
    return addressee.getDeskClientId();
  }

  public Long getRecipientMemberId() {
    return addressee.getMemberId();
  }

  public String getRecipientName() {
    return addressee.getName();
  }

  public String getNumber() {
    return number;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public int getTermsDays() {
    return termsDays;
  }

  public String getNotes() {
    return notes;
  }

  public long getNet() {
    return net;
  }

  public long getTax() {
    return tax;
  }

  public long getGross() {
    return gross;
  }

  public long getPaid() {
    return paid;
  }

  public long getPending() {
    return pending;
  }

  public String getVoidReason() {
    return voidReason;
  }

  /** The print to hand out: the void one once voided. */
  public String getPdfSha() {
    return status == InvoiceStatus.VOID && voidPdfSha != null ? voidPdfSha : pdfSha;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<InvoiceLine> getLines() {
    return List.copyOf(lines);
  }
}
