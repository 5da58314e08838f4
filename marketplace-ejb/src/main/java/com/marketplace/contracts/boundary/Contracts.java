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

import com.marketplace.contracts.control.Escrow;
import com.marketplace.contracts.control.History;
import com.marketplace.contracts.entity.Contract;
import com.marketplace.contracts.entity.ContractAction;
import com.marketplace.contracts.entity.ContractEvent;
import com.marketplace.contracts.entity.ContractStatus;
import com.marketplace.contracts.entity.ContractSummary;
import com.marketplace.contracts.entity.ContractView;
import com.marketplace.contracts.entity.Dispute;
import com.marketplace.contracts.entity.MarketplaceFigures;
import com.marketplace.contracts.entity.Milestone;
import com.marketplace.contracts.entity.MilestonePlan;
import com.marketplace.contracts.entity.Party;
import com.marketplace.contracts.entity.Review;
import com.marketplace.contracts.entity.ReviewView;
import com.marketplace.contracts.entity.Submission;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.ConflictException;
import com.marketplace.platform.InvalidInputException;
import com.marketplace.platform.Money;
import com.marketplace.platform.NotFoundException;
import com.marketplace.platform.transaction.Boundary;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Directory directory;
  @Inject Escrow escrow;
  @Inject History history;
  @Inject FileStore files;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** The client hires a proposal: a contract with the planned milestones, Open until funded. */
  @RolesAllowed(CLIENT)
  public ContractView hire(long proposalId, List<MilestonePlan> plan) {
    long me = caller.ref().memberId();
    Proposal proposal =
        Optional.ofNullable(em.find(Proposal.class, proposalId))
            .orElseThrow(() -> new NotFoundException("There is no such proposal."));
    Job job = em.find(Job.class, proposal.getJobId(), LockModeType.PESSIMISTIC_WRITE);
    if (job.getClientId() != me) {
      throw new AccessDeniedException("Only the job's client can hire for it.");
    }
    var contract = Contract.hire(job, proposal, plan, clock.instant());
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
    return view(contract);
  }

  public ContractView get(long contractId) {
    return view(load(contractId, false));
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
    return summaries(query.setMaxResults(200).getResultList());
  }

  private List<ContractSummary> summaries(List<Contract> contracts) {
    var names =
        directory.names(
            contracts.stream()
                .flatMap(c -> Stream.of(c.getClientId(), c.getFreelancerId()))
                .distinct()
                .toList());
    return contracts.stream()
        .map(
            c ->
                new ContractSummary(
                    c.getId(),
                    c.getTitle(),
                    c.getStatus(),
                    names.of(c.getClientId()),
                    names.of(c.getFreelancerId()),
                    c.total(),
                    c.held(),
                    c.released(),
                    c.getCurrency(),
                    c.getCreatedAt()))
        .toList();
  }

  public ContractView addMilestone(long contractId, MilestonePlan plan) {
    Contract c = load(contractId, true);
    Milestone m = c.addMilestone(side(c), plan);
    em.flush();
    history.record(
        c, m, me(), "MILESTONE_ADDED", m.getTitle() + ", " + m.getAmount().format(), null);
    return view(c);
  }

  /** Funds a milestone from the client's wallet; an empty wallet is refused with what is there. */
  public ContractView fund(long contractId, long milestoneId) {
    Contract c = load(contractId, true);
    Milestone m = c.fund(side(c), milestoneId, milestone -> escrow.fund(c, milestone));
    history.record(
        c, m, me(), "FUNDED", m.getTitle() + ", " + m.getAmount().format(), MILESTONE_FUNDED);
    return view(c);
  }

  /** The freelancer hands in the current milestone's work with its files. */
  public ContractView submit(long contractId, String note, List<FileUpload> deliverables) {
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
    return view(c);
  }

  public ContractView approve(long contractId) {
    Contract c = load(contractId, true);
    Milestone m = c.approve(side(c), clock.instant(), milestone -> escrow.release(c, milestone));
    history.record(
        c, m, me(), "APPROVED", m.getTitle() + ", " + m.getAmount().format(), MILESTONE_RELEASED);
    return view(c);
  }

  public ContractView requestChanges(long contractId, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new InvalidInputException("Say what should change.");
    }
    Contract c = load(contractId, true);
    Milestone m = c.requestChanges(side(c));
    history.record(c, m, me(), "CHANGES_REQUESTED", comment.strip(), CHANGES_REQUESTED);
    return view(c);
  }

  public ContractView openDispute(long contractId, String reason) {
    Contract c = load(contractId, true);
    c.dispute(side(c));
    var dispute = new Dispute(c.getId(), me(), reason, clock.instant());
    em.persist(dispute);
    history.record(c, null, me(), "DISPUTE_OPENED", dispute.getReason(), DISPUTE_OPENED);
    return view(c);
  }

  /**
   * The owner decides a dispute: release everything held to the freelancer, refund it to the
   * client, or split it ({@code toFreelancer} gross to the freelancer, the rest back).
   */
  @RolesAllowed(OWNER)
  public ContractView resolve(
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
    return view(c);
  }

  /** Cancel by agreement: the first side asks, the other confirms, held funds go back. */
  public ContractView cancel(long contractId) {
    Contract c = load(contractId, true);
    boolean cancelled = c.cancel(side(c), me(), (m, none) -> escrow.settle(c, m, none));
    history.record(
        c,
        null,
        me(),
        cancelled ? "CANCELLED" : "CANCEL_REQUESTED",
        cancelled ? "Both sides agreed; held funds returned to the client." : null,
        cancelled ? CONTRACT_CANCELLED : null);
    return view(c);
  }

  /** One review per side, after completion, of the other side. */
  public ContractView review(long contractId, int stars, String text) {
    Contract c = load(contractId, true);
    Party side = side(c);
    c.require(ContractAction.REVIEW, side);
    if (reviewedBy(c, me())) {
      throw new ConflictException("You have reviewed this contract already.");
    }
    long subject = side == Party.CLIENT ? c.getFreelancerId() : c.getClientId();
    em.persist(new Review(c.getId(), me(), subject, stars, text, clock.instant()));
    em.flush();
    history.record(c, null, me(), "REVIEWED", stars + " stars", REVIEW_POSTED);
    return view(c);
  }

  /** Contracts waiting for the owner's decision, oldest first. */
  @RolesAllowed(OWNER)
  public List<ContractSummary> disputed() {
    return summaries(
        em.createQuery(
                "SELECT c FROM Contract c WHERE c.status = :disputed ORDER BY c.createdAt",
                Contract.class)
            .setParameter("disputed", ContractStatus.DISPUTED)
            .setMaxResults(200)
            .getResultList());
  }

  @RolesAllowed(OWNER)
  public MarketplaceFigures figures() {
    Instant monthStart =
        clock
            .instant()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    return new MarketplaceFigures(
        sum("SELECT COALESCE(SUM(m.released), 0) FROM Milestone m", null),
        sum(
            "SELECT COALESCE(SUM(m.released), 0) FROM Milestone m WHERE m.releasedAt >= :since",
            monthStart),
        count(
            "SELECT COUNT(c) FROM Contract c WHERE c.status IN :active",
            EnumSet.of(
                ContractStatus.OPEN, ContractStatus.IN_PROGRESS, ContractStatus.UNDER_REVIEW)),
        count("SELECT COUNT(d) FROM Dispute d WHERE d.resolvedAt IS NULL", null));
  }

  /** Gross amounts released to the caller as a freelancer (before the fee). */
  @RolesAllowed(FREELANCER)
  public Money earnedGross() {
    return Money.of(
        ((Number)
                em.createQuery(
                        "SELECT COALESCE(SUM(m.released), 0) FROM Milestone m"
                            + " WHERE m.contract.freelancerId = :me")
                    .setParameter("me", me())
                    .getSingleResult())
            .longValue(),
        workspaceCurrency());
  }

  /** A sum of milestone amounts; a workspace's contracts are all in its currency. */
  private Money sum(String jpql, Instant since) {
    var q = em.createQuery(jpql);
    if (since != null) {
      q.setParameter("since", since);
    }
    return Money.of(((Number) q.getSingleResult()).longValue(), workspaceCurrency());
  }

  private String workspaceCurrency() {
    return em.find(Tenant.class, caller.ref().tenantId()).getCurrency();
  }

  private long count(String jpql, Set<ContractStatus> statuses) {
    var q = em.createQuery(jpql, Long.class);
    if (statuses != null) {
      q.setParameter("active", statuses);
    }
    return q.getSingleResult();
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
    return disputes(c).stream().filter(Dispute::open).findFirst();
  }

  private List<Dispute> disputes(Contract c) {
    return em.createNamedQuery(Dispute.OF_CONTRACT, Dispute.class)
        .setParameter("contract", c.getId())
        .getResultList();
  }

  private boolean reviewedBy(Contract c, long author) {
    return em.createQuery(
                "SELECT COUNT(r) FROM Review r WHERE r.contractId = :c AND r.authorId = :a",
                Long.class)
            .setParameter("c", c.getId())
            .setParameter("a", author)
            .getSingleResult()
        > 0;
  }

  private ContractView view(Contract c) {
    long me = me();
    Party side = side(c);
    var events =
        em.createQuery(
                "SELECT e FROM ContractEvent e WHERE e.contractId = :c ORDER BY e.createdAt, e.id",
                ContractEvent.class)
            .setParameter("c", c.getId())
            .getResultList();
    var submissions =
        em.createQuery(
                "SELECT s FROM Submission s WHERE s.contractId = :c ORDER BY s.createdAt, s.id",
                Submission.class)
            .setParameter("c", c.getId())
            .getResultList();
    var reviews =
        em.createQuery(
                "SELECT r FROM Review r WHERE r.contractId = :c ORDER BY r.createdAt", Review.class)
            .setParameter("c", c.getId())
            .getResultList();
    var dispute = disputes(c).stream().findFirst();
    Set<Long> people = new HashSet<>(List.of(c.getClientId(), c.getFreelancerId()));
    events.stream().map(ContractEvent::getActorId).filter(a -> a != null).forEach(people::add);
    dispute.map(Dispute::getResolvedBy).ifPresent(people::add);
    var names = directory.names(people);
    var filesBySubmission =
        files.of(Submission.FILES, submissions.stream().map(Submission::getId).toList());

    boolean reviewed = reviewedBy(c, me);
    Set<ContractAction> allowed = c.allowed(side);
    if (reviewed) {
      allowed.remove(ContractAction.REVIEW);
    }

    List<ContractView.MilestoneLine> milestones = new ArrayList<>();
    for (Milestone m : c.getMilestones()) {
      milestones.add(
          new ContractView.MilestoneLine(
              m.getId(),
              m.getPosition(),
              m.getTitle(),
              m.getAmount(),
              m.getStatus(),
              m.getReviewDueAt(),
              m.getReleased()));
    }
    return new ContractView(
        c.getId(),
        c.getJobId(),
        c.getTitle(),
        c.getKind(),
        c.getCurrency(),
        c.getStatus(),
        c.getClientId(),
        names.of(c.getClientId()),
        c.getFreelancerId(),
        names.of(c.getFreelancerId()),
        c.getCreatedAt(),
        c.total(),
        c.held(),
        c.released(),
        c.current().map(Milestone::getId).orElse(null),
        milestones,
        submissions.stream()
            .map(
                s ->
                    new ContractView.SubmissionLine(
                        s.getId(),
                        s.getMilestoneId(),
                        s.getNote(),
                        names.of(s.getSubmittedBy()),
                        s.getCreatedAt(),
                        filesBySubmission.getOrDefault(s.getId(), List.of())))
            .toList(),
        events.stream()
            .map(
                e ->
                    new ContractView.HistoryLine(
                        e.getCreatedAt(),
                        e.getActorId() == null ? "Auto-release" : names.of(e.getActorId()),
                        e.getAction(),
                        e.getDetail()))
            .toList(),
        dispute
            .map(
                d ->
                    new ContractView.DisputeLine(
                        d.getId(),
                        names.of(d.getOpenedBy()),
                        d.getReason(),
                        d.getOpenedAt(),
                        d.getResolution(),
                        d.getToFreelancer() == null
                            ? null
                            : Money.of(d.getToFreelancer(), c.currency()),
                        d.getToClient() == null ? null : Money.of(d.getToClient(), c.currency()),
                        d.getResolvedBy() == null ? null : names.of(d.getResolvedBy()),
                        d.getResolutionNote(),
                        d.getResolvedAt()))
            .orElse(null),
        reviews.stream()
            .map(
                r ->
                    new ReviewView(
                        r.getId(),
                        c.getId(),
                        c.getTitle(),
                        r.getAuthorId(),
                        names.of(r.getAuthorId()),
                        r.getSubjectId(),
                        r.getStars(),
                        r.getText(),
                        r.getCreatedAt()))
            .toList(),
        c.sideOf(me).orElse(session.isCallerInRole(OWNER) ? Party.OWNER : null),
        allowed,
        c.getCancelRequestedBy() != null && c.getCancelRequestedBy() == me,
        c.getCancelRequestedBy() != null && c.getCancelRequestedBy() != me,
        reviewed);
  }
}
