package com.marketplace.invoicing.entity;

import com.marketplace.contracts.entity.Contract;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
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
 * A quote (H6): a draft its issuer writes (lines by hand, a title, a valid-until date) and may
 * delete, then sent under the next number of the issuer's quote series — fixed from then on — and
 * accepted or rejected (with a comment) by the member it is addressed to while it is valid. Past
 * its valid-until date a sent quote is expired: derived, never stored, and no longer decidable.
 *
 * <p>Accepted, a CRM client's quote becomes one hourly desk project for that client, a member's
 * quote (no CRM client) one fixed-price contract with the lines as milestones; the result is kept
 * here, so a second acceptance answers the first one's result.
 */
@Entity
@Table(name = "quote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Quote {

  public static final int TITLE_MAX = 120;
  public static final int NOTES_MAX = Invoice.NOTES_MAX;
  public static final int REJECTION_MAX = 1000;
  public static final int LINES_MAX = Invoice.LINES_MAX;

  /** The unit a project's rate is quoted in. */
  public static final String HOURS = "HUR";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "issuer_key", nullable = false, updatable = false)
  private String issuerKey;

  @Column(name = "issuer_member_id", updatable = false)
  private Long issuerMemberId;

  @Embedded private Addressee addressee;

  private String number;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuoteStatus status;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  private String notes;

  private long net;
  private long tax;
  private long gross;

  @Column(name = "pdf_sha")
  private String pdfSha;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String rejection;

  @Column(name = "project_id")
  private Long projectId;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuoteLine> lines = new ArrayList<>();

  protected Quote() {}

  /** A new draft, valid until a day not before {@code today}. */
  public Quote(
      String issuerKey,
      Long issuerMemberId,
      Recipient recipient,
      String currency,
      String title,
      LocalDate validUntil,
      String notes,
      LocalDate today,
      Instant now) {
    if (recipient.deskClientId() == null && recipient.memberId() == null) {
      throw new InvalidInputException("Choose a client or a member to quote.");
    }
    this.issuerKey = issuerKey;
    this.issuerMemberId = issuerMemberId;
    this.currency = Money.currency(currency).getCurrencyCode();
    this.status = QuoteStatus.DRAFT;
    this.createdAt = now;
    this.addressee = new Addressee(recipient);
    describe(title, validUntil, notes, today);
  }

  /** Changes the recipient's details as they will be printed; whom the quote is for stays. */
  public void address(Recipient recipient) {
    requireDraft();
    addressee.printed(recipient);
  }

  /** Changes the draft's title, valid-until date (not before {@code today}) and notes. */
  public void describe(String title, LocalDate validUntil, String notes, LocalDate today) {
    requireDraft();
    this.title = Texts.required(title, "title", TITLE_MAX);
    if (validUntil == null) {
      throw new InvalidInputException("Give the date the quote is valid until.");
    }
    if (validUntil.isBefore(today)) {
      throw new InvalidInputException("The quote must be valid until today or a later day.");
    }
    this.validUntil = validUntil;
    this.notes = Texts.optional(notes, "notes", NOTES_MAX);
  }

  /** Adds a line written by hand at the end of the draft. */
  public QuoteLine add(LineItem item) {
    requireDraft();
    if (lines.size() >= LINES_MAX) {
      throw new InvalidInputException("A quote has at most " + LINES_MAX + " lines.");
    }
    var line = new QuoteLine(this, lines.size() + 1, item);
    lines.add(line);
    total();
    return line;
  }

  /** Writes a line anew. */
  public void change(long lineId, LineItem item) {
    requireDraft();
    line(lineId).write(item);
    total();
  }

  public void remove(long lineId) {
    requireDraft();
    lines.remove(line(lineId));
    DocumentLine.renumber(lines);
    total();
  }

  /**
   * Refuses to send a draft that is not one, has no lines, adds up to nothing, is no longer valid,
   * or could not become what accepting it makes: a CRM client's quote becomes an hourly project and
   * needs a line in hours for its rate; a member's becomes a contract of at most {@value
   * Contract#MAX_MILESTONES} milestones, one per line.
   */
  public void requireSendable(LocalDate today) {
    requireDraft();
    if (lines.isEmpty()) {
      throw new InvalidInputException("Add at least one line before sending the quote.");
    }
    if (gross <= 0) {
      throw new InvalidInputException("The quote's total must be more than 0.");
    }
    if (validUntil.isBefore(today)) {
      throw new InvalidInputException(
          "The quote was valid until " + validUntil + ": choose a later date before sending it.");
    }
    if (becomesProject() && hourlyRate().isEmpty()) {
      throw new InvalidInputException(
          "Accepted, a client's quote becomes an hourly project: add a line in hours for its"
              + " rate.");
    }
    if (!becomesProject() && lines.size() > Contract.MAX_MILESTONES) {
      throw new InvalidInputException(
          "Accepted, a member's quote becomes a contract with one milestone per line: at most "
              + Contract.MAX_MILESTONES
              + " lines.");
    }
  }

  /** Sends the draft under its number on {@code today}: fixed from now on. */
  public void send(String number, LocalDate today, Instant now) {
    requireSendable(today);
    this.number = number;
    this.sentOn = today;
    this.sentAt = now;
    this.status = QuoteStatus.SENT;
  }

  /** Keeps the printed PDF's address (its SHA-256 in the content store). */
  public void printed(String sha) {
    this.pdfSha = sha;
  }

  /** Where the quote stands on {@code today}: a sent quote past its valid-until date is expired. */
  public QuoteStatus status(LocalDate today) {
    return isExpired(today) ? QuoteStatus.EXPIRED : status;
  }

  public boolean isExpired(LocalDate today) {
    return status == QuoteStatus.SENT && validUntil.isBefore(today);
  }

  /**
   * Whether the quote was accepted already (a second acceptance answers the first one's result);
   * refuses a quote that cannot be accepted on {@code today}.
   */
  public boolean acceptedAlready(LocalDate today) {
    if (status == QuoteStatus.ACCEPTED) {
      return true;
    }
    requireDecidable(today, "accepted");
    return false;
  }

  /** Accepted: the desk project it opened. */
  public void acceptedAsProject(long projectId, long memberId, LocalDate today, Instant now) {
    accepted(memberId, today, now);
    if (!becomesProject()) {
      throw new IllegalStateException("A member's quote becomes a contract");
    }
    this.projectId = projectId;
  }

  /** Accepted: the contract it agreed. */
  public void acceptedAsContract(long contractId, long memberId, LocalDate today, Instant now) {
    accepted(memberId, today, now);
    if (becomesProject()) {
      throw new IllegalStateException("A client's quote becomes a project");
    }
    this.contractId = contractId;
  }

  private void accepted(long memberId, LocalDate today, Instant now) {
    requireDecidable(today, "accepted");
    this.status = QuoteStatus.ACCEPTED;
    this.decidedBy = memberId;
    this.decidedAt = now;
  }

  /**
   * Rejects the sent quote, saying why; a second rejection changes nothing.
   *
   * @return whether it was rejected now
   */
  public boolean reject(long memberId, String comment, LocalDate today, Instant now) {
    String why = Texts.required(comment, "reason for rejecting", REJECTION_MAX);
    if (status == QuoteStatus.REJECTED) {
      return false;
    }
    requireDecidable(today, "rejected");
    this.rejection = why;
    this.status = QuoteStatus.REJECTED;
    this.decidedBy = memberId;
    this.decidedAt = now;
    return true;
  }

  private void requireDecidable(LocalDate today, String what) {
    switch (status) {
      case DRAFT -> throw new ConflictException("This quote has not been sent yet.");
      case ACCEPTED, REJECTED ->
          throw new ConflictException(
              "Quote "
                  + number
                  + " was "
                  + status.label().toLowerCase()
                  + " already: it cannot be "
                  + what
                  + ".");
      default -> {}
    }
    if (isExpired(today)) {
      throw new ConflictException(
          "Quote "
              + number
              + " expired: it was valid until "
              + validUntil
              + " and can no longer be "
              + what
              + ". Ask for a new quote.");
    }
  }

  /** Accepted, a CRM client's quote opens a project; a member's agrees a contract. */
  public boolean becomesProject() {
    return addressee.getDeskClientId() != null;
  }

  /** The project's hourly rate: the unit price of the first line in hours, if there is one. */
  public Optional<Money> hourlyRate() {
    return lines.stream().filter(QuoteLine::inHours).findFirst().map(l -> money(l.getUnitPrice()));
  }

  /** The hours the lines in hours add up to, in whole minutes; 0 when there are none. */
  public long quotedMinutes() {
    return lines.stream()
        .filter(QuoteLine::inHours)
        .map(l -> l.getQuantity().multiply(java.math.BigDecimal.valueOf(60)))
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
        .setScale(0, java.math.RoundingMode.HALF_UP)
        .longValueExact();
  }

  public void requireDraft() {
    if (status != QuoteStatus.DRAFT) {
      throw new ConflictException("Quote " + number + " is sent: it can no longer be changed.");
    }
  }

  public QuoteLine line(long lineId) {
    return lines.stream()
        .filter(l -> l.getId() != null && l.getId() == lineId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("There is no such line."));
  }

  private void total() {
    long[] sums = DocumentLine.totals(lines, "quote");
    net = sums[0];
    tax = sums[1];
    gross = net + tax;
  }

  public Money money(long minorUnits) {
    return Money.of(minorUnits, currency);
  }

  public boolean issuedBy(String key) {
    return issuerKey.equals(key);
  }

  /** Sent (or decided) and addressed to the member. */
  public boolean addressedTo(long memberId) {
    return status != QuoteStatus.DRAFT && addressee.isMember(memberId);
  }

  /** Sent to the member, or to the email of the portal account asking ({@code null}: none). */
  public boolean addressedTo(long memberId, String portalEmail) {
    return status != QuoteStatus.DRAFT && addressee.isFor(memberId, portalEmail);
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

  public String getTitle() {
    return title;
  }

  /** The stored status; see {@link #status(LocalDate)} for where it stands today. */
  public QuoteStatus getStatus() {
    return status;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getValidUntil() {
    return validUntil;
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

  public String getPdfSha() {
    return pdfSha;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public Long getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRejection() {
    return rejection;
  }

  public Long getProjectId() {
    return projectId;
  }

  public Long getContractId() {
    return contractId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<QuoteLine> getLines() {
    return List.copyOf(lines);
  }
}
