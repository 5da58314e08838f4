package com.marketplace.jobs.control;

import com.marketplace.jobs.entity.FullText;
import com.marketplace.jobs.entity.JobSearch;
import com.marketplace.jobs.entity.JobStatus;
import com.marketplace.jobs.entity.MatchCount;
import com.marketplace.jobs.entity.Skills;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * The board's query planner: which open jobs match a search, a page of them by id and how many,
 * each read from the board's index where it can be and never further than a limit. In the caller's
 * transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Board {

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  /**
   * Counting and paging stop here: no board request reads more than this many matches, whatever the
   * size of the board. Narrower filters reach the rest.
   */
  public static final int COUNT_LIMIT = 10_000;

  /** The same for a text search, which has to read more to find each match. */
  public static final int TEXT_COUNT_LIMIT = 1_000;

  /** How many of the newest jobs show whether the words of a search are common. */
  static final int SAMPLE = 1_000;

  /** The ids of a page of open jobs matching the filters, newest first. */
  public List<Long> page(JobSearch search, int first, int max) {
    Plan plan = plan(search);
    int from = Math.min(Math.max(0, first), plan.limit());
    int size = Math.min(Math.min(Math.max(1, max), 100), plan.limit() - from);
    if (size == 0) {
      return List.of();
    }
    return query("SELECT j.id", search, Long.class, true, plan.indexed())
        .setFirstResult(from)
        .setMaxResults(size)
        .getResultList();
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
}
