package com.marketplace.contracts.boundary;

import static com.marketplace.contracts.control.History.CHANGES_REQUESTED;
import static com.marketplace.contracts.control.History.CONTRACT_CANCELLED;
import static com.marketplace.contracts.control.History.DISPUTE_OPENED;
import static com.marketplace.contracts.control.History.DISPUTE_RESOLVED;
import static com.marketplace.contracts.control.History.HIRED;
import static com.marketplace.contracts.control.History.MILESTONE_FUNDED;
import static com.marketplace.contracts.control.History.MILESTONE_RELEASED;
import static com.marketplace.contracts.control.History.REVIEW_POSTED;
import static com.marketplace.contracts.control.History.WORK_SUBMITTED;
import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.audit.control.AuditTrail;
import com.marketplace.audit.entity.AuditAction;
import com.marketplace.contracts.control.ContractViews;
import com.marketplace.contracts.control.Escrow;
import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractAction;
import com.marketplace.contracts.entity.ContractMatch;
import com.marketplace.contracts.entity.ContractStarted;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.contracts.entity.Dispute;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.contracts.entity.Party;
import com.marketplace.contracts.entity.Review;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobKind;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.Texts;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contract lifecycle as the parties and the owner drive it (M4–M9). Each command locks the
 * contract row, asks the entity's state machine whether the caller's side may act now, moves the
 * money through the ledger and records the step, all in one transaction.
 *
 * <p>A contract is visible to its client, its freelancer and the workspace owner; to anyone else it
 * does not exist.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Contracts {

  /** The longest text contracts are looked up by. */
  public static final int TEXT_MAX = 200;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject com.marketplace.identity.boundary.Authentication authentication;
  @Inject Directory directory;
  @Inject Escrow escrow;
  @Inject History history;
  @Inject ContractViews views;
  @Inject FileStore files;
  @Inject Clock clock;
  @Inject Event<ContractStarted> started;
  @Resource SessionContext session;

  /** The client hires a proposal: a contract with the planned milestones, Open until funded. */
  @RolesAllowed(CLIENT)
  public long hire(long proposalId, List<MilestonePlan> plan) {
    return hire(proposalId, plan, null);
  }

  /**
   * The client hires a proposal. On a fixed-price job: a contract with the planned milestones, Open
   * until funded. On an hourly job: a contract at the proposed rate with the client's weekly cap of
   * hours, paid week by week from escrow (whoever observes the hire funds its first week).
   */
  @RolesAllowed(CLIENT)
  public long hire(long proposalId, List<MilestonePlan> plan, Integer weeklyCapHours) {
    authentication.requireVerifiedEmail(caller.ref());
    long me = caller.ref().memberId();
    Proposal proposal =
        Optional.ofNullable(em.find(Proposal.class, proposalId))
            .orElseThrow(() -> new NotFoundException("There is no such proposal."));
    Job job = em.find(Job.class, proposal.getJobId(), LockModeType.PESSIMISTIC_WRITE);
    if (job.getClientId() != me) {
      throw new AccessDeniedException("Only the job's client can hire for it.");
    }
    var contract = Contract.hire(job, proposal, plan, weeklyCapHours, clock.instant());
    em.persist(contract);
    // The position is filled: the other applicants hear no more about it.
    em.createQuery(
            "SELECT p FROM Proposal p WHERE p.jobId = :job AND p.id <> :hired", Proposal.class)
        .setParameter("job", job.getId())
        .setParameter("hired", proposalId)
        .getResultStream()
        .filter(p -> p.getStatus().active())
        .forEach(Proposal::decline);
    em.flush();
    history.record(
        contract,
        null,
        me,
        "HIRED",
        directory.name(proposal.getFreelancerId()) + " hired for " + job.getTitle(),
        HIRED);
    // Announced, not called: features built on contracts (the desk opens an hourly contract's
    // project, the weekly escrow holds its first week) observe it in this transaction, and
    // contracts depend on none of them.
    started.fire(
        new ContractStarted(
            contract.getId(),
            job.getClientId(),
            proposal.getFreelancerId(),
            job.getTitle(),
            job.getKind(),
            Money.of(proposal.getAmount(), job.getCurrency()),
            job.getDeadline()));
    return contract.getId();
  }

  /**
   * The client accepted a freelancer's quote: a fixed-price contract between the two, without a job
   * or proposal, with the quote's lines as milestones, Open until funded. Called inside the
   * acceptance's transaction, which keeps the contract's id on the quote so it happens once.
   */
  @RolesAllowed(CLIENT)
  public long agreeOnQuote(
      long freelancerId, String quoteNumber, String title, List<MilestonePlan> plan) {
    long me = caller.ref().memberId();
    if (freelancerId == me) {
      throw new InvalidInputException("A contract is between two members.");
    }
    String currency = em.find(Tenant.class, caller.ref().tenantId()).getCurrency();
    var contract = Contract.agreed(me, freelancerId, title, currency, plan, clock.instant());
    em.persist(contract);
    em.flush();
    history.record(
        contract,
        null,
        me,
        "AGREED",
        directory.name(me)
            + " accepted quote "
            + quoteNumber
            + " of "
            + directory.name(freelancerId),
        null);
    started.fire(
        new ContractStarted(
            contract.getId(),
            me,
            freelancerId,
            title,
            JobKind.FIXED,
            Money.of(plan.stream().mapToLong(m -> m.amount().minorUnits()).sum(), currency),
            null));
    return contract.getId();
  }

  public ContractView get(long contractId) {
    return views.of(load(contractId, false), me(), session.isCallerInRole(OWNER));
  }

  /** The caller's contracts (the owner: all of the workspace's), newest first. */
  public List<ContractSummary> mine() {
    long me = caller.ref().memberId();
    var query =
        session.isCallerInRole(OWNER)
            ? em.createQuery("SELECT c FROM Contract c ORDER BY c.createdAt DESC", Contract.class)
            : em.createQuery(
                    "SELECT c FROM Contract c WHERE c.clientId = :me OR c.freelancerId = :me"
                        + " ORDER BY c.createdAt DESC",
                    Contract.class)
                .setParameter("me", me);
    return views.summaries(query.setMaxResults(200).getResultList());
  }

  /**
   * The caller's contracts (the owner: the workspace's) whose title has the text in it (matched
   * literally), newest first, at most {@code max}.
   */
  public List<ContractMatch> find(String text, int max) {
    boolean owner = session.isCallerInRole(OWNER);
    var query =
        em.createQuery(
                "SELECT c FROM Contract c WHERE LOWER(c.title) LIKE :q ESCAPE '!'"
                    + (owner ? "" : " AND (c.clientId = :me OR c.freelancerId = :me)")
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                Contract.class)
            .setParameter("q", Texts.containing(Texts.required(text, "search text", TEXT_MAX)))
            .setMaxResults(max);
    if (!owner) {
      query.setParameter("me", me());
    }
    return views.matches(query.getResultList());
  }

  public void addMilestone(long contractId, MilestonePlan plan) {
    Contract c = load(contractId, true);
    Milestone m = c.addMilestone(side(c), plan);
    em.flush();
    history.record(
        c, m, me(), "MILESTONE_ADDED", m.getTitle() + ", " + m.getAmount().format(), null);
  }

  /** Funds a milestone from the client's wallet; an empty wallet is refused with what is there. */
  public void fund(long contractId, long milestoneId) {
    authentication.requireVerifiedEmail(caller.ref());
    Contract c = load(contractId, true);
    Milestone m = c.fund(side(c), milestoneId, milestone -> escrow.fund(c, milestone));
    history.record(
        c, m, me(), "FUNDED", m.getTitle() + ", " + m.getAmount().format(), MILESTONE_FUNDED);
  }

  /** The freelancer hands in the current milestone's work with its files. */
  public void submit(long contractId, String note, List<FileUpload> deliverables) {
    Contract c = load(contractId, true);
    if (deliverables.isEmpty() && (note == null || note.isBlank())) {
      throw new InvalidInputException("Attach the work or describe where to find it.");
    }
    var rules = em.find(Tenant.class, caller.ref().tenantId()).rules();
    Instant due = clock.instant().plus(Duration.ofDays(rules.autoReleaseDays()));
    Milestone m = c.submit(side(c), due);
    var submission = new Submission(c.getId(), m.getId(), note, me(), clock.instant());
    em.persist(submission);
    em.flush();
    var stored = files.attach(Submission.FILES, submission.getId(), me(), deliverables, rules);
    history.record(
        c,
        m,
        me(),
        "SUBMITTED",
        m.getTitle() + (stored.isEmpty() ? "" : " with " + stored.size() + " file(s)"),
        WORK_SUBMITTED);
  }

  public void approve(long contractId) {
    Contract c = load(contractId, true);
    Milestone m = c.approve(side(c), clock.instant(), milestone -> escrow.release(c, milestone));
    history.record(
        c, m, me(), "APPROVED", m.getTitle() + ", " + m.getAmount().format(), MILESTONE_RELEASED);
  }

  public void requestChanges(long contractId, String comment) {
    String change = Dispute.text(comment, "Say what should change.");
    Contract c = load(contractId, true);
    Milestone m = c.requestChanges(side(c));
    history.record(c, m, me(), "CHANGES_REQUESTED", change, CHANGES_REQUESTED);
  }

  public void openDispute(long contractId, String reason) {
    Contract c = load(contractId, true);
    c.dispute(side(c));
    var dispute = new Dispute(c.getId(), me(), reason, clock.instant());
    em.persist(dispute);
    history.record(c, null, me(), "DISPUTE_OPENED", dispute.getReason(), DISPUTE_OPENED);
  }

  /**
   * The owner decides a dispute: release everything held to the freelancer, refund it to the
   * client, or split it ({@code toFreelancer} gross to the freelancer, the rest back).
   */
  @RolesAllowed(OWNER)
  public void resolve(
      long contractId, Contract.Resolution resolution, Money toFreelancer, String note) {
    if (resolution == null) {
      throw new InvalidInputException("Choose release, refund or split.");
    }
    Contract c = load(contractId, true);
    Money held = c.held();
    Money releasedBefore = c.released();
    c.resolve(
        Party.OWNER,
        resolution,
        toFreelancer,
        clock.instant(),
        (milestone, share) -> escrow.settle(c, milestone, share));
    Money paid = c.released().minus(releasedBefore);
    Money toClient = held.minus(paid);
    Dispute dispute = pendingDispute(c).orElseThrow();
    dispute.resolved(resolution, paid, toClient, me(), note, clock.instant());
    history.record(
        c,
        null,
        me(),
        "DISPUTE_RESOLVED",
        resolution.name().toLowerCase()
            + ": "
            + paid.format()
            + " to the freelancer, "
            + toClient.format()
            + " to the client. "
            + dispute.getResolutionNote(),
        DISPUTE_RESOLVED);
    audit.record(
        AuditAction.DISPUTE_DECIDED,
        "contract",
        contractId,
        resolution.name().toLowerCase()
            + ": "
            + paid.format()
            + " to the freelancer, "
            + toClient.format()
            + " to the client");
  }

  /** Cancel by agreement: the first side asks, the other confirms, held funds go back. */
  public ContractStatus cancel(long contractId) {
    Contract c = load(contractId, true);
    boolean cancelled = c.cancel(side(c), me(), (m, none) -> escrow.settle(c, m, none));
    history.record(
        c,
        null,
        me(),
        cancelled ? "CANCELLED" : "CANCEL_REQUESTED",
        cancelled ? "Both sides agreed; held funds returned to the client." : null,
        cancelled ? CONTRACT_CANCELLED : null);
    return c.getStatus();
  }

  /** One review per side, after completion, of the other side. */
  public void review(long contractId, int stars, String text) {
    Contract c = load(contractId, true);
    Party side = side(c);
    c.require(ContractAction.REVIEW, side);
    if (views.reviewedBy(c, me())) {
      throw new ConflictException("You have reviewed this contract already.");
    }
    long subject = side == Party.CLIENT ? c.getFreelancerId() : c.getClientId();
    em.persist(new Review(c.getId(), me(), subject, stars, text, clock.instant()));
    em.flush();
    history.record(c, null, me(), "REVIEWED", stars + " stars", REVIEW_POSTED);
  }

  /** Loads a contract the caller may see; others' contracts do not exist for them. */
  private Contract load(long contractId, boolean forUpdate) {
    Contract c =
        forUpdate
            ? em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Contract.class, contractId);
    if (c == null || !c.visibleTo(me(), session.isCallerInRole(OWNER))) {
      throw new NotFoundException("There is no such contract.");
    }
    return c;
  }

  private Party side(Contract c) {
    return c.sideOf(me()).orElse(Party.OWNER);
  }

  private long me() {
    return caller.ref().memberId();
  }

  private Optional<Dispute> pendingDispute(Contract c) {
    return views.disputes(c).stream().filter(Dispute::open).findFirst();
  }
}
