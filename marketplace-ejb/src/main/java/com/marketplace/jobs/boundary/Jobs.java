package com.marketplace.jobs.boundary;

import static com.marketplace.identity.entity.Role.Names.CLIENT;
import static com.marketplace.identity.entity.Role.Names.FREELANCER;
import static com.marketplace.identity.entity.Role.Names.OWNER;

import com.marketplace.events.entity.DomainEvent;
import com.marketplace.files.control.FileStore;
import com.marketplace.files.entity.FileOwner;
import com.marketplace.files.entity.FileUpload;
import com.marketplace.identity.control.Caller;
import com.marketplace.identity.control.Directory;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.jobs.entity.Skills;
import com.marketplace.platform.AccessDeniedException;
import com.marketplace.platform.NotFoundException;
import com.marketplace.tenancy.entity.Tenant;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job board (M2). Every member of the workspace may search it and read a job; clients post and
 * close their own jobs.
 */
@Stateless
@RolesAllowed({OWNER, CLIENT, FREELANCER})
public class Jobs {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Inject Caller caller;
  @Inject Directory directory;
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
    files.attach(FileOwner.JOB, job.getId(), me.memberId(), attachments, tenant.rules());
    events.fire(
        DomainEvent.of(
            "JobPosted",
            me.tenantId(),
            clock.instant(),
            Map.of("jobId", job.getId().toString(), "clientId", Long.toString(me.memberId()))));
    return get(job.getId());
  }

  /** Open jobs matching the filters, newest first. */
  public List<JobCard> search(JobSearch search, int first, int max) {
    List<Job> jobs =
        query("SELECT j", search, Job.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), 100))
            .getResultList();
    return cards(jobs);
  }

  public long count(JobSearch search) {
    return query("SELECT COUNT(j)", search, Long.class).getSingleResult();
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
        files.of(FileOwner.JOB, jobId),
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

  private <T> TypedQuery<T> query(String select, JobSearch s, Class<T> type) {
    var jpql = new StringBuilder(select).append(" FROM Job j WHERE j.status = :open");
    if (s.text() != null) {
      jpql.append(" AND (j.title LIKE :text OR j.description LIKE :text)");
    }
    if (s.category() != null) {
      jpql.append(" AND j.category = :category");
    }
    if (s.skill() != null) {
      jpql.append(" AND j.skills LIKE :skill");
    }
    if (s.minBudget() != null) {
      jpql.append(" AND j.budget >= :min");
    }
    if (s.maxBudget() != null) {
      jpql.append(" AND j.budget <= :max");
    }
    if (s.kind() != null) {
      jpql.append(" AND j.kind = :kind");
    }
    if (type != Long.class) {
      jpql.append(" ORDER BY j.createdAt DESC, j.id DESC");
    }
    TypedQuery<T> q = em.createQuery(jpql.toString(), type).setParameter("open", JobStatus.OPEN);
    if (s.text() != null) {
      q.setParameter("text", "%" + s.text().replace("%", "").replace("_", "") + "%");
    }
    if (s.category() != null) {
      q.setParameter("category", s.category());
    }
    if (s.skill() != null) {
      q.setParameter("skill", Skills.pattern(s.skill()));
    }
    if (s.minBudget() != null) {
      q.setParameter("min", s.minBudget());
    }
    if (s.maxBudget() != null) {
      q.setParameter("max", s.maxBudget());
    }
    if (s.kind() != null) {
      q.setParameter("kind", s.kind());
    }
    return q;
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
