package com.marketplace.jobs.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.events.entity.DomainEvent.JobPosted;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.jobs.control.Board;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.MatchCount;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.platform.AccessDeniedException;
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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The job board (M2). Every member of the workspace may search it and read a job; clients post and
 * close their own jobs.
 */
@Stateless
@Boundary
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Jobs {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Directory directory;
  @Inject Board board;
  @Inject FileStore files;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Resource SessionContext session;

  @RolesAllowed(CLIENT)
  public JobView post(JobPosting posting, List<FileUpload> attachments) {
    var me = caller.ref();
    Tenant tenant = em.find(Tenant.class, me.tenantId());
    var job =
        new Job(
            me.memberId(),
            posting,
            tenant.getCurrency(),
            clock.instant(),
            LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    em.persist(job);
    em.flush();
    files.attach(Job.FILES, job.getId(), me.memberId(), attachments, tenant.rules());
    events.fire(
        new JobPosted(
            DomainEvent.header(me.tenantId(), clock.instant()), job.getId(), me.memberId()));
    return get(job.getId());
  }

  /** Open jobs matching the filters, newest first. */
  public List<JobCard> search(JobSearch search, int first, int max) {
    // The page's ids come first and only those jobs are loaded: a deep page does not load the
    // jobs before it.
    List<Long> ids = board.page(search, first, max);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Job> loaded =
        em.createQuery("SELECT j FROM Job j WHERE j.id IN :ids", Job.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Job::getId, j -> j));
    return cards(ids.stream().map(loaded::get).filter(Objects::nonNull).toList());
  }

  /**
   * The jobs the caller may see that match the text, at most {@code max}: a client's own jobs whose
   * title has it (whatever their status) first, newest first, then the board's open jobs as its
   * search finds them.
   */
  public List<JobCard> find(String text, int max) {
    String wanted = Texts.required(text, "search text", JobSearch.TEXT_MAX);
    List<JobCard> found = new ArrayList<>();
    if (session.isCallerInRole(CLIENT)) {
      found.addAll(
          cards(
              em.createQuery(
                      "SELECT j FROM Job j WHERE j.clientId = :me"
                          + " AND LOWER(j.title) LIKE :q ESCAPE '!'"
                          + " ORDER BY j.createdAt DESC, j.id DESC",
                      Job.class)
                  .setParameter("me", caller.ref().memberId())
                  .setParameter("q", Texts.containing(wanted))
                  .setMaxResults(max)
                  .getResultList()));
    }
    Set<Long> listed = found.stream().map(JobCard::id).collect(Collectors.toSet());
    search(new JobSearch(wanted, null, null, null, null, null), 0, max).stream()
        .filter(card -> !listed.contains(card.id()))
        .limit(Math.max(0, max - found.size()))
        .forEach(found::add);
    return found;
  }

  /** How many open jobs match, counted up to {@link Board#COUNT_LIMIT}. */
  public MatchCount count(JobSearch search) {
    return board.count(search);
  }

  public JobView get(long jobId) {
    Job job = load(jobId);
    var me = caller.ref();
    boolean mine = job.getClientId() == me.memberId();
    Optional<Proposal> myProposal =
        session.isCallerInRole(FREELANCER)
            ? em.createQuery(
                    "SELECT p FROM Proposal p WHERE p.jobId = :job AND p.freelancerId = :me",
                    Proposal.class)
                .setParameter("job", jobId)
                .setParameter("me", me.memberId())
                .getResultStream()
                .findFirst()
            : Optional.empty();
    long proposals =
        em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.jobId = :job", Long.class)
            .setParameter("job", jobId)
            .getSingleResult();
    return new JobView(
        job.getId(),
        job.getTitle(),
        job.getDescription(),
        job.getCategory(),
        job.getKind(),
        job.getBudget(),
        job.getCurrency(),
        job.getSkills(),
        job.getDeadline(),
        job.getStatus(),
        job.getClientId(),
        directory.name(job.getClientId()),
        job.getCreatedAt(),
        proposals,
        files.of(Job.FILES, jobId),
        myProposal
            .map(p -> Proposals.view(p, job, directory.name(me.memberId()), null, List.of()))
            .orElse(null),
        session.isCallerInRole(FREELANCER)
            && myProposal.isEmpty()
            && job.getStatus() == JobStatus.OPEN,
        mine);
  }

  /** The caller's own jobs, newest first, whatever their status. */
  @RolesAllowed(CLIENT)
  public List<JobCard> mine() {
    return cards(
        em.createQuery(
                "SELECT j FROM Job j WHERE j.clientId = :me ORDER BY j.createdAt DESC, j.id DESC",
                Job.class)
            .setParameter("me", caller.ref().memberId())
            .setMaxResults(200)
            .getResultList());
  }

  /** Proposals received on the caller's jobs. */
  @RolesAllowed(CLIENT)
  public long proposalsReceived() {
    return em.createQuery(
            "SELECT COUNT(p) FROM Proposal p, Job j WHERE p.jobId = j.id AND j.clientId = :me",
            Long.class)
        .setParameter("me", caller.ref().memberId())
        .getSingleResult();
  }

  @RolesAllowed(CLIENT)
  public JobView close(long jobId) {
    Job job = load(jobId);
    if (job.getClientId() != caller.ref().memberId()) {
      throw new AccessDeniedException("Only the client who posted this job can close it.");
    }
    job.close();
    return get(jobId);
  }

  private List<JobCard> cards(List<Job> jobs) {
    var names = directory.names(jobs.stream().map(Job::getClientId).distinct().toList());
    return jobs.stream().map(j -> JobCard.of(j, names.of(j.getClientId()))).toList();
  }

  private Job load(long jobId) {
    return Optional.ofNullable(em.find(Job.class, jobId))
        .orElseThrow(() -> new NotFoundException("There is no such job."));
  }
}
