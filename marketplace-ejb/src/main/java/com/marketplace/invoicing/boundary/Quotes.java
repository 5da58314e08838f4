package com.marketplace.invoicing.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;
import static com.marketplace.identity.entity.Role.Names.PORTAL;

import com.marketplace.contracts.boundary.Contracts;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.desk.control.DeskAccess;
import com.marketplace.desk.control.QuotedProjects;
import com.marketplace.desk.entity.Project;
import com.marketplace.desk.entity.ProjectPlan;
import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.QuoteAccepted;
import com.marketplace.events.entity.DomainEvent.QuoteRejected;
import com.marketplace.identity.entity.Member;
import com.marketplace.identity.entity.Role;
import com.marketplace.invoicing.control.InvoiceAccess;
import com.marketplace.invoicing.control.InvoicePrints;
import com.marketplace.invoicing.control.QuoteAccess;
import com.marketplace.invoicing.control.QuoteSending;
import com.marketplace.invoicing.control.QuoteViews;
import com.marketplace.invoicing.control.Recipients;
import com.marketplace.invoicing.entity.LineItem;
import com.marketplace.invoicing.entity.NewQuote;
import com.marketplace.invoicing.entity.PrintedFile;
import com.marketplace.invoicing.entity.Quote;
import com.marketplace.invoicing.entity.QuoteLine;
import com.marketplace.invoicing.entity.QuoteRow;
import com.marketplace.invoicing.entity.QuoteStatus;
import com.marketplace.invoicing.entity.QuoteView;
import com.marketplace.invoicing.entity.Recipient;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A freelancer's quotes (H6): drafts with lines written by hand, sent under the next number of the
 * issuer's quote series and printed once, and the recipient member's decision. Accepting happens
 * once, also when two acceptances race (the quote's row is locked and keeps what it became): a CRM
 * client's quote opens an hourly project on the freelancer's desk at the rate of its first line in
 * hours; a member's quote agrees a fixed-price contract whose milestones are its lines, each for
 * its gross amount (net plus tax: what the client agreed to pay), so the milestones add up to the
 * quote's total. Another member's quote is not found.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER, PORTAL})
public class Quotes {

  /** The most quotes a page of a list holds. */
  public static final int PAGE_MAX = 100;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject QuoteAccess access;
  @Inject QuoteSending sending;
  @Inject InvoiceAccess invoicing;
  @Inject DeskAccess desk;
  @Inject QuotedProjects projects;
  @Inject Contracts contracts;
  @Inject InvoicePrints prints;
  @Inject QuoteViews views;
  @Inject Event<DomainEvent> events;
  @Inject Recipients recipients;
  @Inject Clock clock;

  // drafts

  /** Starts a draft for one of the caller's CRM clients or for a client member of the workspace. */
  @RolesAllowed(FREELANCER)
  public QuoteView draft(NewQuote request) {
    var quote =
        new Quote(
            invoicing.issuer(),
            invoicing.me(),
            recipient(request.clientId(), request.memberId()),
            currency(),
            request.title(),
            request.validUntil(),
            request.notes(),
            today(),
            clock.instant());
    em.persist(quote);
    em.flush();
    return view(quote);
  }

  /** Changes the draft's recipient details (as they will be printed), title, date and notes. */
  @RolesAllowed(FREELANCER)
  public QuoteView describe(
      long quoteId, Recipient details, String title, LocalDate validUntil, String notes) {
    Quote quote = access.mineForUpdate(quoteId);
    quote.requireDraft();
    if (details != null) {
      quote.address(details);
    }
    quote.describe(title, validUntil, notes, today());
    return view(quote);
  }

  @RolesAllowed(FREELANCER)
  public QuoteView addLine(long quoteId, LineItem line) {
    Quote quote = access.mineForUpdate(quoteId);
    quote.add(line.from(null, false));
    em.flush();
    return view(quote);
  }

  @RolesAllowed(FREELANCER)
  public QuoteView changeLine(long quoteId, long lineId, LineItem line) {
    Quote quote = access.mineForUpdate(quoteId);
    quote.change(lineId, line.from(null, false));
    return view(quote);
  }

  @RolesAllowed(FREELANCER)
  public QuoteView removeLine(long quoteId, long lineId) {
    Quote quote = access.mineForUpdate(quoteId);
    quote.remove(lineId);
    return view(quote);
  }

  @RolesAllowed(FREELANCER)
  public void delete(long quoteId) {
    Quote quote = access.mineForUpdate(quoteId);
    quote.requireDraft();
    em.remove(quote);
  }

  // sending and deciding

  /**
   * Sends the draft under the next number of the caller's quote series for this year, prints it
   * once and tells the recipient (the PDF travels with the email).
   */
  @RolesAllowed(FREELANCER)
  public QuoteView send(long quoteId) {
    Quote quote = access.mineForUpdate(quoteId);
    if (quote.getStatus() != QuoteStatus.DRAFT) {
      return view(quote); // sent already: a double click or a retry
    }
    sending.send(quote, clock.instant());
    return view(quote);
  }

  /**
   * The recipient accepts the quote: once. A CRM client's quote opens its project on the issuer's
   * desk, a member's quote agrees its fixed-price contract; accepting again answers the same.
   */
  public QuoteView accept(long quoteId) {
    Quote quote = access.toDecideForUpdate(quoteId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (quote.acceptedAlready(today)) {
      return view(quote);
    }
    long me = invoicing.me();
    if (quote.becomesProject()) {
      Money rate =
          quote
              .hourlyRate()
              .orElseThrow(() -> new InvalidInputException("The quote has no line in hours."));
      long minutes = quote.quotedMinutes();
      long projectId =
          projects.open(
              quote.getIssuerMemberId(),
              quote.getDeskClientId(),
              new ProjectPlan(
                  quote.getTitle(),
                  "Quote " + quote.getNumber() + " accepted.",
                  rate,
                  minutes > 0 && minutes <= Project.BUDGET_MINUTES_MAX ? minutes : null,
                  null,
                  null),
              me,
              "Opened by accepting quote " + quote.getNumber(),
              now);
      quote.acceptedAsProject(projectId, me, today, now);
    } else {
      List<MilestonePlan> plan =
          quote.getLines().stream()
              .map(l -> new MilestonePlan(milestoneTitle(l), quote.money(l.gross())))
              .toList();
      long contractId =
          contracts.agreeOnQuote(
              quote.getIssuerMemberId(), quote.getNumber(), quote.getTitle(), plan);
      quote.acceptedAsContract(contractId, me, today, now);
    }
    events.fire(
        new QuoteAccepted(
            DomainEvent.header(invoicing.tenantId(), now),
            quote.getId(),
            quote.getNumber(),
            quote.getIssuerMemberId(),
            me,
            quote.getProjectId(),
            quote.getContractId()));
    return view(quote);
  }

  /** The recipient rejects the quote, saying why; rejecting again changes nothing. */
  public QuoteView reject(long quoteId, String comment) {
    Quote quote = access.toDecideForUpdate(quoteId);
    Instant now = clock.instant();
    long me = invoicing.me();
    if (quote.reject(me, comment, LocalDate.ofInstant(now, ZoneOffset.UTC), now)) {
      events.fire(
          new QuoteRejected(
              DomainEvent.header(invoicing.tenantId(), now),
              quote.getId(),
              quote.getNumber(),
              quote.getIssuerMemberId(),
              me,
              quote.getRejection()));
    }
    return view(quote);
  }

  // reading

  /** A quote the caller issued or receives. */
  public QuoteView get(long quoteId) {
    return view(access.readable(quoteId));
  }

  /** The quote's kept print; a draft has none. */
  public PrintedFile pdf(long quoteId) {
    Quote quote = access.readable(quoteId);
    if (quote.getPdfSha() == null) {
      throw new NotFoundException("A draft has no PDF yet: send it first.");
    }
    return new PrintedFile(
        quote.getNumber() + ".pdf", "application/pdf", prints.read(quote.getPdfSha()));
  }

  /** A page of the caller's quotes standing as {@code status} today (null: all). */
  @RolesAllowed(FREELANCER)
  public List<QuoteRow> list(QuoteStatus status, int first, int max) {
    return views.list(invoicing.issuer(), status, today(), first, Math.min(max, PAGE_MAX));
  }

  @RolesAllowed(FREELANCER)
  public long count(QuoteStatus status) {
    return views.count(invoicing.issuer(), status, today());
  }

  /** The quotes sent to the caller, newest first. */
  public List<QuoteRow> received(int first, int max) {
    return views.received(
        invoicing.me(), invoicing.portalEmail(), today(), first, Math.min(max, PAGE_MAX));
  }

  /** A line's description as a milestone's title, shortened to what a milestone takes. */
  static String milestoneTitle(QuoteLine line) {
    String title = line.getDescription().strip();
    return title.length() <= Milestone.TITLE_MAX
        ? title
        : title.substring(0, Milestone.TITLE_MAX - 1).strip() + "…";
  }

  /**
   * A CRM client of the caller (the member it is linked to, if any, decides in the app), or a
   * client member of the workspace, who would become the contract's client.
   */
  /**
   * A client of the book, or a client member: accepted, the quote makes them a contract's client.
   */
  private Recipient recipient(Long clientId, Long memberId) {
    Recipient recipient = recipients.of(clientId, memberId, "quote");
    if (recipient.deskClientId() == null
        && em.find(Member.class, recipient.memberId()).getRole() != Role.CLIENT) {
      throw new InvalidInputException(
          "Quote a client member: accepted, the quote becomes a contract with them as its client.");
    }
    return recipient;
  }

  private QuoteView view(Quote quote) {
    return views.view(
        quote, access.issuedByMe(quote), invoicing.me(), invoicing.portalEmail(), today());
  }

  private String currency() {
    return em.find(Tenant.class, invoicing.tenantId()).getCurrency();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
