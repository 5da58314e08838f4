package com.marketplace.jobs.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.ProposalReceived;
import com.marketplace.events.entity.DomainEvent.ProposalWithdrawn;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.files.entity.FileView;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.jobs.entity.ProposalView;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposals (M3): a freelancer applies once per open job and may withdraw; the job's client
 * shortlists or declines (hiring is {@link com.marketplace.contracts.boundary.Contracts#hire}). A
 * proposal is visible to its freelancer, the job's client and the owner, nobody else.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Proposals {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Directory directory;
  @Inject FileStore files;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Resource SessionContext session;

  @RolesAllowed(FREELANCER)
  public ProposalView apply(
      long jobId,
      String coverLetter,
      Money amount,
      int timelineDays,
      List<FileUpload> attachments) {
    var me = caller.ref();
    // The job's row lock serialises a freelancer's double submit and a concurrent hire.
    Job job =
        Optional.ofNullable(em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new NotFoundException("There is no such job."));
    job.requireOpen();
    boolean already =
        em.createQuery(
                    "SELECT COUNT(p) FROM Proposal p WHERE p.jobId = :job AND p.freelancerId = :me",
                    Long.class)
                .setParameter("job", jobId)
                .setParameter("me", me.memberId())
                .getSingleResult()
            > 0;
    if (already) {
      throw new ConflictException("You have already sent a proposal for this job.");
    }
    if (amount == null || !amount.isPositive()) {
      throw new InvalidInputException("The proposed amount must be greater than zero.");
    }
    amount.requirePositive().requireCurrency(job.getBudget().currency());
    var proposal =
        new Proposal(
            jobId, me.memberId(), coverLetter, amount.minorUnits(), timelineDays, clock.instant());
    em.persist(proposal);
    em.flush();
    Tenant tenant = em.find(Tenant.class, me.tenantId());
    files.attach(Proposal.FILES, proposal.getId(), me.memberId(), attachments, tenant.rules());
    events.fire(
        new ProposalReceived(
            DomainEvent.header(me.tenantId(), clock.instant()),
            proposal.getId(),
            jobId,
            job.getClientId(),
            me.memberId()));
    return view(proposal);
  }

  @RolesAllowed(FREELANCER)
  public ProposalView withdraw(long proposalId) {
    Proposal p = load(proposalId);
    if (p.getFreelancerId() != caller.ref().memberId()) {
      throw new AccessDeniedException("Only the freelancer who sent a proposal can withdraw it.");
    }
    p.withdraw();
    events.fire(
        new ProposalWithdrawn(
            DomainEvent.header(caller.ref().tenantId(), clock.instant()), p.getId(), p.getJobId()));
    return view(p);
  }

  @RolesAllowed(CLIENT)
  public ProposalView shortlist(long proposalId) {
    Proposal p = loadAsClient(proposalId);
    p.shortlist();
    return view(p);
  }

  @RolesAllowed(CLIENT)
  public ProposalView decline(long proposalId) {
    Proposal p = loadAsClient(proposalId);
    p.decline();
    return view(p);
  }

  public ProposalView get(long proposalId) {
    Proposal p = load(proposalId);
    if (!p.visibleTo(job(p.getJobId()), caller.ref().memberId(), session.isCallerInRole(OWNER))) {
      throw new NotFoundException("There is no such proposal.");
    }
    return view(p);
  }

  /** The proposals on a job, for its client and the owner, best status first then oldest. */
  @RolesAllowed({OWNER, CLIENT})
  public List<ProposalView> forJob(long jobId) {
    Job job = job(jobId);
    if (job.getClientId() != caller.ref().memberId() && !session.isCallerInRole(OWNER)) {
      throw new AccessDeniedException("Only the job's client sees its proposals.");
    }
    return views(
        em.createQuery(
                "SELECT p FROM Proposal p WHERE p.jobId = :job ORDER BY p.createdAt, p.id",
                Proposal.class)
            .setParameter("job", jobId)
            .getResultList());
  }

  /** The caller's own proposals, newest first. */
  @RolesAllowed(FREELANCER)
  public List<ProposalView> mine() {
    return views(
        em.createQuery(
                "SELECT p FROM Proposal p WHERE p.freelancerId = :me"
                    + " ORDER BY p.createdAt DESC, p.id DESC",
                Proposal.class)
            .setParameter("me", caller.ref().memberId())
            .setMaxResults(200)
            .getResultList());
  }

  private Proposal loadAsClient(long proposalId) {
    Proposal p = load(proposalId);
    if (job(p.getJobId()).getClientId() != caller.ref().memberId()) {
      throw new AccessDeniedException("Only the job's client can do this.");
    }
    return p;
  }

  private Job job(long jobId) {
    return Optional.ofNullable(em.find(Job.class, jobId))
        .orElseThrow(() -> new NotFoundException("There is no such job."));
  }

  private Proposal load(long proposalId) {
    return Optional.ofNullable(em.find(Proposal.class, proposalId))
        .orElseThrow(() -> new NotFoundException("There is no such proposal."));
  }

  private ProposalView view(Proposal p) {
    return views(List.of(p)).get(0);
  }

  private List<ProposalView> views(List<Proposal> proposals) {
    if (proposals.isEmpty()) {
      return List.of();
    }
    List<Long> ids = proposals.stream().map(Proposal::getId).toList();
    Map<Long, Job> jobById = new HashMap<>();
    em.createQuery("SELECT j FROM Job j WHERE j.id IN :ids", Job.class)
        .setParameter("ids", proposals.stream().map(Proposal::getJobId).distinct().toList())
        .getResultList()
        .forEach(j -> jobById.put(j.getId(), j));
    Map<Long, Long> contracts = new HashMap<>();
    em.createQuery(
            "SELECT c.proposalId, c.id FROM Contract c WHERE c.proposalId IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> contracts.put((Long) r[0], (Long) r[1]));
    Map<Long, List<FileView>> attachments = files.of(Proposal.FILES, ids);
    var names =
        directory.names(proposals.stream().map(Proposal::getFreelancerId).distinct().toList());
    return proposals.stream()
        .map(
            p ->
                view(
                    p,
                    jobById.get(p.getJobId()),
                    names.of(p.getFreelancerId()),
                    contracts.get(p.getId()),
                    attachments.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  static ProposalView view(
      Proposal p, Job job, String freelancerName, Long contractId, List<FileView> attachments) {
    return new ProposalView(
        p.getId(),
        p.getJobId(),
        job.getTitle(),
        job.getKind(),
        p.getFreelancerId(),
        freelancerName,
        p.getCoverLetter(),
        Money.of(p.getAmount(), job.getCurrency()),
        job.getCurrency(),
        p.getTimelineDays(),
        p.getStatus(),
        p.getCreatedAt(),
        contractId,
        attachments);
  }
}
