package com.marketplace.platform.scan;

import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Works off rows that are due, for scheduled scans: the outbox, the mail queue, auto-release,
 * payment settlement, and whatever comes due later (billing runs, overdue invoices).
 *
 * <p>A pass finds the workspaces that have due rows in one query, reads each one's next due rows,
 * and does each row in a transaction of its own, claimed first with {@code SELECT ... FOR UPDATE
 * SKIP LOCKED}: a row another instance is working on is skipped, not waited for, and a row done
 * meanwhile is no longer due when claimed, so several instances can run the same scan. An item that
 * fails rolls back alone, is logged and stays due for the next pass; the others go on, and the pass
 * goes past it. Rounds repeat (up to {@value #MAX_ROUNDS}) while a workspace filled its batch.
 *
 * <p>The item's work joins the item's transaction, in which its row is locked; it must leave the
 * row no longer due (done, or due later), or the next pass takes it again.
 *
 * <p>Work that {@linkplain Due#inGroupsOf groups} its rows does up to that many in one transaction,
 * claimed together in one statement when the group starts (those held elsewhere or done meanwhile
 * are left out) and read ahead by the work's {@link Item#prepare}, which spares each row the
 * transaction's own cost (begin, commit, the work after commit). The persistence context is flushed
 * after each item of a group, so that an item's writes (and what the database refuses of them)
 * happen at that item; its entities stay managed until the group ends, so what items share (the
 * workspace, a plan) is read once a group. When anything in a group fails, the whole group rolls
 * back and each of its items is done again in a transaction of its own, as above: a failing item
 * fails alone and the others are done. {@link UnavailableException} ends the pass as it does for
 * one item (the group is lost, nothing is done again). Progress hears of a group's items only once
 * the group has committed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DueWork {

  private static final Logger LOG = Logger.getLogger(DueWork.class.getName());
  static final int MAX_ROUNDS = 10;

  /** The work on one due row, given its id. */
  @FunctionalInterface
  public interface Item {
    void run(long id);

    /**
     * Reads ahead, in a few statements, what a group's rows will need, once they are claimed and
     * before the first is done; nothing by default.
     */
    default void prepare(List<Long> ids) {}

    /** The work, reading ahead for each group with {@code prepare}. */
    static Item preparedBy(Consumer<List<Long>> prepare, Item work) {
      return new Item() {
        @Override
        public void run(long id) {
          work.run(id);
        }

        @Override
        public void prepare(List<Long> ids) {
          prepare.accept(ids);
        }
      };
    }
  }

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @PersistenceContext(unitName = "marketplace")
  EntityManager em;

  @Resource SessionContext context;
  @Inject TenantContext tenantContext;
  @Inject Clock clock;
  @Inject ForegroundWork foreground;

  private final ConcurrentMap<String, AtomicBoolean> running = new ConcurrentHashMap<>();

  /** What a pass tells of its items as they end, outside their transactions. */
  public interface Progress {

    /** Reports nothing. */
    Progress NONE = (id, done) -> {};

    /** The item was done ({@code true}) or failed and stays due ({@code false}). */
    void ended(long id, boolean done);
  }

  /** Starts a scan's interval timer (not persistent: the rows are the schedule). */
  public static void every(TimerService timers, Duration interval, String name) {
    long millis = interval.toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(name, false));
  }

  /**
   * One pass over what is due now; answers how many items were done. Answers 0 at once when this
   * instance is already running a pass of the same work.
   *
   * @throws UnavailableException from an item, which ended the pass
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int run(Due due, Item work) {
    return run(due, clock, work, Progress.NONE);
  }

  /**
   * One pass as {@link #run(Due, Item)}, its time read from {@code clock}, each item's end told to
   * {@code progress}.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int run(Due due, Clock clock, Item work, Progress progress) {
    AtomicBoolean busy = running.computeIfAbsent(due.name(), name -> new AtomicBoolean());
    if (!busy.compareAndSet(false, true)) {
      return 0;
    }
    try {
      DueWork self = context.getBusinessObject(DueWork.class);
      Map<Long, Set<Long>> skipped = new HashMap<>(); // per workspace: failed or held elsewhere
      int done = 0;
      for (int round = 1; round <= MAX_ROUNDS && !givesWay(due); round++) {
        Instant now = clock.instant();
        int attempted = 0;
        boolean more = false;
        for (Long tenantId : tenants(due, now)) {
          if (givesWay(due)) {
            break;
          }
          if (tenantId != null) {
            tenantContext.use(tenantId);
          }
          Set<Long> passed = skipped.computeIfAbsent(tenantId, t -> new HashSet<>());
          List<Long> ids = candidates(due, tenantId, now, passed);
          more |= ids.size() >= due.batch();
          for (int from = 0; from < ids.size() && !givesWay(due); from += due.group()) {
            List<Long> group = ids.subList(from, Math.min(ids.size(), from + due.group()));
            attempted += group.size();
            done += groupDone(self, due, group, now, work, progress, passed);
          }
        }
        if (!more || attempted == 0) {
          break;
        }
      }
      return done;
    } finally {
      busy.set(false);
    }
  }

  /** Whether the work is in the background and foreground work is under way. */
  private boolean givesWay(Due due) {
    return due.background() && foreground.underway();
  }

  /** Claims the row and does its work, in a transaction of its own; false if not claimed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimAndRun(Due due, long id, Instant now, Item work) {
    if (claimed(due, List.of(id), now).isEmpty()) {
      return false;
    }
    work.run(id);
    return true;
  }

  /**
   * Claims the items together and does them one after another in one transaction of their own;
   * answers those claimed and done (the others were held elsewhere or done meanwhile). Anything
   * failing rolls the whole group back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> claimAndRunGroup(Due due, List<Long> ids, Instant now, Item work) {
    Set<Long> claimed = claimed(due, ids, now);
    List<Long> done = ids.stream().filter(claimed::contains).toList();
    if (!done.isEmpty()) {
      work.prepare(done);
    }
    for (long id : done) {
      work.run(id);
      em.flush(); // the item's writes, at the item
    }
    return done;
  }

  /** How many rows are due now (in every workspace, or in those the condition names). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int count(Due due, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(due.countSql())) {
      bindTime(ps, 1, due, now);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(due.name() + ": counting due rows failed", e);
    }
  }

  /**
   * Does a group of items, in one transaction (or the item alone in its own); answers how many were
   * done and adds those not done to {@code passed}. A group that fails is done again item by item.
   */
  private int groupDone(
      DueWork self,
      Due due,
      List<Long> group,
      Instant now,
      Item work,
      Progress progress,
      Set<Long> passed) {
    if (group.size() > 1) {
      List<Long> done;
      try {
        done = self.claimAndRunGroup(due, List.copyOf(group), now, work);
      } catch (UnavailableException e) {
        throw e;
      } catch (RuntimeException e) {
        LOG.info(
            () ->
                due.name()
                    + ": a group of "
                    + group.size()
                    + " rolled back, its items are done one by one ("
                    + e
                    + ")");
        done = null;
      }
      if (done != null) {
        for (long id : group) {
          if (done.contains(id)) {
            progress.ended(id, true);
          } else {
            passed.add(id);
          }
        }
        return done.size();
      }
    }
    int done = 0;
    for (long id : group) {
      if (itemDone(self, due, id, now, work, progress)) {
        done++;
      } else {
        passed.add(id);
      }
    }
    return done;
  }

  private boolean itemDone(
      DueWork self, Due due, long id, Instant now, Item work, Progress progress) {
    try {
      boolean done = self.claimAndRun(due, id, now, work);
      if (done) {
        progress.ended(id, true);
      }
      return done;
    } catch (UnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, due.name() + ": item " + id + " failed; it stays due", e);
      progress.ended(id, false);
      return false;
    }
  }

  private List<Long> tenants(Due due, Instant now) {
    return due.perTenant()
        ? ids(due.tenantsSql(), due, null, now, null)
        : Collections.singletonList(null);
  }

  /** The next due rows, past those this pass already failed on or found held elsewhere. */
  private List<Long> candidates(Due due, Long tenantId, Instant now, Set<Long> passed) {
    List<Long> ids = ids(due.candidatesSql(), due, tenantId, now, due.batch() + passed.size());
    ids.removeAll(passed);
    return ids;
  }

  /** Claims those of the rows that are still due and free, in one statement. */
  private Set<Long> claimed(Due due, List<Long> ids, Instant now) {
    // the connection of the item's transaction: the locks last until it ends
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(due.claimSql(ids.size()))) {
      int next = 1;
      for (long id : ids) {
        ps.setLong(next++, id);
      }
      bindTime(ps, next, due, now);
      Set<Long> claimed = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          claimed.add(rs.getLong(1));
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException(due.name() + ": claiming " + ids + " failed", e);
    }
  }

  private List<Long> ids(String sql, Due due, Long tenantId, Instant now, Integer limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int next = 1;
      if (tenantId != null) {
        ps.setLong(next++, tenantId);
      }
      next = bindTime(ps, next, due, now);
      if (limit != null) {
        ps.setInt(next, limit);
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(due.name() + ": finding due rows failed", e);
    }
  }

  /** Binds the pass's time to each {@code :now}; answers the next parameter's index. */
  private static int bindTime(PreparedStatement ps, int from, Due due, Instant now)
      throws SQLException {
    int next = from;
    for (int i = 0; i < due.timeParameters(); i++) {
      ps.setTimestamp(next++, Timestamp.from(now));
    }
    return next;
  }
}
