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
import com.marketplace.jobs.entity.FullText;
import com.marketplace.jobs.entity.Job;
import com.marketplace.jobs.entity.JobCard;
import com.marketplace.jobs.entity.JobPosting;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.jobs.entity.JobView;
import com.marketplace.jobs.entity.MatchCount;
import com.marketplace.jobs.entity.Proposal;
import com.marketplace.jobs.entity.Skills;
import com.marketplace.platform.AccessDeniedException;
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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * Counting and paging stop here: no board request reads more than this many matches, whatever the
   * size of the board. Narrower filters reach the rest.
   */
  public static final int COUNT_LIMIT = 10_000;

  /** The same for a text search, which has to read more to find each match. */
  public static final int TEXT_COUNT_LIMIT = 1_000;

  /** How many of the newest jobs show whether the words of a search are common. */
  static final int SAMPLE = 1_000;

  /** Open jobs matching the filters, newest first. */
  public List<JobCard> search(JobSearch search, int first, int max) {
    Plan plan = plan(search);
    int from = Math.min(Math.max(0, first), plan.limit());
    int size = Math.min(Math.min(Math.max(1, max), 100), plan.limit() - from);
    if (size == 0) {
      return List.of();
    }
    // The page's ids come first and only those jobs are loaded: a deep page does not load the
    // jobs before it.
    List<Long> ids =
        query("SELECT j.id", search, Long.class, true, plan.indexed())
            .setFirstResult(from)
            .setMaxResults(size)
            .getResultList();
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

  /** How many open jobs match, counted up to {@link #COUNT_LIMIT} ({@link #TEXT_COUNT_LIMIT}). */
  public MatchCount count(JobSearch search) {
    Plan plan = plan(search);
    int found =
        query("SELECT j.id", search, Long.class, false, plan.indexed())
            .setMaxResults(plan.limit() + 1)
            .getResultList()
            .size();
    return new MatchCount(Math.min(found, plan.limit()), found > plan.limit());
  }

  /** Whether text goes to the full-text index, and where counting stops. */
  private record Plan(boolean indexed, int limit) {}

  /**
   * The full-text index finds rare words at once, but every match of a common word costs a row read
   * and a place in the sort by date, in every workspace. Walking the jobs newest first and keeping
   * those with the words costs the reverse. A sample of the newest jobs tells which way is cheaper:
   * words in one job of twenty or more are walked to.
   */
  private Plan plan(JobSearch search) {
    if (search.text() == null) {
      return new Plan(false, COUNT_LIMIT);
    }
    if (FullText.booleanQuery(search.text()) == null) {
      return new Plan(false, TEXT_COUNT_LIMIT);
    }
    List<Instant> edge =
        em.createQuery(
                "SELECT j.createdAt FROM Job j WHERE j.status = :open"
                    + " ORDER BY j.createdAt DESC, j.id DESC",
                Instant.class)
            .setParameter("open", JobStatus.OPEN)
            .setFirstResult(SAMPLE - 1)
            .setMaxResults(1)
            .getResultList();
    if (edge.isEmpty()) {
      return new Plan(false, TEXT_COUNT_LIMIT);
    }
    var textOnly = new JobSearch(search.text(), null, null, null, null, null);
    long inSample =
        query("SELECT j.id", textOnly, Long.class, false, false, edge.get(0))
            .setMaxResults(SAMPLE / 20)
            .getResultList()
            .size();
    return new Plan(inSample < SAMPLE / 20, TEXT_COUNT_LIMIT);
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

  private <T> TypedQuery<T> query(
      String select, JobSearch s, Class<T> type, boolean ordered, boolean indexed) {
    return query(select, s, type, ordered, indexed, null);
  }

  /**
   * The board's query, newest first if {@code ordered}. With {@code indexed}, text goes to the
   * full-text index over title and description (every word, each as a prefix); otherwise each row
   * is read: every word anywhere in title or description, or for words the index does not hold
   * (shorter than three letters) the text as typed. {@code since} keeps only jobs posted from then.
   */
  private <T> TypedQuery<T> query(
      String select, JobSearch s, Class<T> type, boolean ordered, boolean indexed, Instant since) {
    var jpql = new StringBuilder(select).append(" FROM Job j WHERE j.status = :open");
    String fullText = FullText.booleanQuery(s.text());
    List<String> words = List.of();
    if (indexed) {
      jpql.append(
          " AND SQL('MATCH (?, ?) AGAINST (? IN BOOLEAN MODE)', j.title, j.description, :words)"
              + " > 0");
    } else if (s.text() != null) {
      words = fullText != null ? FullText.words(s.text()) : List.of(s.text());
      for (int i = 0; i < words.size(); i++) {
        jpql.append(" AND (j.title LIKE :w").append(i);
        jpql.append(" OR j.description LIKE :w").append(i).append(')');
      }
    }
    if (since != null) {
      jpql.append(" AND j.createdAt >= :since");
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
    if (ordered) {
      jpql.append(" ORDER BY j.createdAt DESC, j.id DESC");
    }
    TypedQuery<T> q = em.createQuery(jpql.toString(), type).setParameter("open", JobStatus.OPEN);
    if (indexed) {
      q.setParameter("words", fullText);
    }
    if (since != null) {
      q.setParameter("since", since);
    }
    for (int i = 0; i < words.size(); i++) {
      q.setParameter("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
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
