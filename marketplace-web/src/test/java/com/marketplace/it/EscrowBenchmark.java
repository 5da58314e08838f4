package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.ledger.boundary.Ledger;
import com.marketplace.ledger.boundary.LedgerAudit;
import com.marketplace.platform.Money;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.entity.BusinessSignupForm;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escrow releases per second through the EJB boundary ({@link Ledger#release}) against the same SQL
 * statements sent by plain JDBC to the same database in the same run: 32 concurrent clients over 10
 * 000 wallets, each with an open escrow hold. Scenario "spread": a tenant with no fee, so each
 * release touches two random accounts. Scenario "hot": a 10 % fee, so every release also credits
 * the tenant's single fee account.
 *
 * <p>Both paths warm up first (the JIT compiles far more for the boundary), then run in alternating
 * rounds so that a growing table or a busy neighbour affects both alike. Besides releases per
 * second the report shows, per release, the statements the database received (server counters) and
 * the CPU time spent by the application server and by the database: on one machine both draw on the
 * same cores. Run with {@code ./mvnw -Pbenchmark verify}; figures go to stdout and {@code
 * marketplace-web/target/benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class EscrowBenchmark {

  static final int WALLETS = 10_000;
  static final int CLIENTS = 32;
  static final int ROUNDS = 3;
  static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warm-up", 15));
  static final Duration ROUND = Duration.ofSeconds(Long.getLong("benchmark.seconds", 5));

  @Deployment
  static WebArchive app() {
    return Deployments.application().addClasses(EscrowBenchmark.class, Deployments.class);
  }

  @Inject BusinessSignup signup;
  @Inject TenantContext tenantContext;
  @Inject Ledger ledger;
  @Inject LedgerAudit audit;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  record Setup(long tenantId, long firstHold, long firstMemberId, int feeBasisPoints) {}

  /** What one path did in the measured rounds. */
  static final class Tally {
    long releases;
    long millis;
    long statements;
    long appCpuTicks;
    long dbCpuTicks;

    double perSecond() {
      return releases / (millis / 1000.0);
    }

    String describe() {
      return String.format(
          "%6.0f releases/s  %5.1f statements  CPU %4.2f ms app + %4.2f ms database per release",
          perSecond(),
          statements / (double) releases,
          appCpuTicks * 10.0 / releases,
          dbCpuTicks * 10.0 / releases);
    }
  }

  @Test
  void boundaryAgainstRawJdbcSpreadAndHot() throws Exception {
    var report = new StringBuilder();
    double[] spread = scenario("spread", 0, report);
    double[] hot = scenario("hot", 1000, report);
    report.append(
        String.format(
            "%nboundary / raw JDBC: spread %.2f, hot %.2f (target >= 0.70)%n"
                + "hot / spread through the boundary: %.2f (target >= 0.50)%n",
            spread[1] / spread[0], hot[1] / hot[0], hot[1] / spread[1]));
    System.out.println(report);
    Files.writeString(
        Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt")), report);
  }

  /** Returns {raw JDBC releases/s, boundary releases/s}. */
  private double[] scenario(String name, int feeBasisPoints, StringBuilder report)
      throws Exception {
    Setup setup = setUp(feeBasisPoints);
    run(setup, false, WARM_UP, new Tally());
    run(setup, true, WARM_UP, new Tally());
    var jdbc = new Tally();
    var boundary = new Tally();
    for (int round = 0; round < ROUNDS; round++) {
      run(setup, false, ROUND, jdbc);
      run(setup, true, ROUND, boundary);
    }
    tenantContext.use(setup.tenantId());
    var audited = audit.audit();
    assertTrue(audited.clean(), () -> audited.violations().toString());
    report.append(
        String.format(
            "%s (%d entries, audit clean)%n  raw JDBC      %s%n  EJB boundary  %s%n",
            name, audited.entries(), jdbc.describe(), boundary.describe()));
    return new double[] {jdbc.perSecond(), boundary.perSecond()};
  }

  private void run(Setup setup, boolean boundary, Duration duration, Tally tally) throws Exception {
    long statementsBefore = statements();
    long[] cpuBefore = cpuTicks();
    AtomicLong done = new AtomicLong();
    Instant end = Instant.now().plus(duration);
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          () -> {
            RequestContextController request =
                CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
              CDI.current().select(TenantContext.class).get().use(setup.tenantId());
              var random = ThreadLocalRandom.current();
              while (Instant.now().isBefore(end)) {
                long hold = setup.firstHold() + random.nextInt(WALLETS);
                long payee = setup.firstMemberId() + random.nextInt(WALLETS);
                String key = UUID.randomUUID().toString();
                if (boundary) {
                  ledger.release(key, hold, Money.of(100, "USD"), payee);
                } else {
                  releaseByJdbc(setup, key, hold, 100, payee);
                }
                done.incrementAndGet();
              }
            } finally {
              request.deactivate();
            }
            return null;
          });
    }
    Instant start = Instant.now();
    for (var f : executor.invokeAll(clients)) {
      f.get();
    }
    long[] cpuAfter = cpuTicks();
    tally.millis += Duration.between(start, Instant.now()).toMillis();
    tally.releases += done.get();
    // Less the one statement that read the counter before.
    tally.statements += statements() - statementsBefore - 1;
    tally.appCpuTicks += cpuAfter[0] - cpuBefore[0];
    tally.dbCpuTicks += cpuAfter[1] - cpuBefore[1];
  }

  /** The statements for one release that the boundary sends, in the same order, by hand. */
  private void releaseByJdbc(Setup s, String key, long holdId, long amount, long payeeMember)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          release(c, s, key, holdId, amount, payeeMember);
          c.commit();
          return;
        } catch (SQLException e) {
          c.rollback();
          if (attempt > 8 || !"40001".equals(e.getSQLState())) {
            throw e;
          }
        }
      }
    }
  }

  private static void release(
      Connection c, Setup s, String key, long holdId, long amount, long payeeMember)
      throws SQLException {
    long t = s.tenantId();
    Timestamp now = Timestamp.from(Instant.now());
    query(
        c,
        "SELECT id, fingerprint, hold_id FROM journal_entry"
            + " WHERE tenant_id = ? AND idempotency_key = ?",
        t,
        key);
    long holding;
    long remaining;
    try (var ps =
        bind(
            c.prepareStatement(
                "SELECT purpose, source_account_id, holding_account_id, currency, remaining,"
                    + " status, reference FROM ledger_hold WHERE id = ? AND tenant_id = ? FOR UPDATE"),
            holdId,
            t)) {
      try (var rs = ps.executeQuery()) {
        rs.next();
        holding = rs.getLong(3);
        remaining = rs.getLong(5);
      }
    }
    query(c, "SELECT fee_basis_points FROM tenant WHERE id = ?", t);
    String account =
        "SELECT id FROM ledger_account"
            + " WHERE tenant_id = ? AND kind = ? AND owner_ref = ? AND currency = ?";
    long payee = single(c, account, t, "MEMBER_AVAILABLE", Long.toString(payeeMember), "USD");
    long fee =
        Money.of(amount, "USD")
            .percent(java.math.BigDecimal.valueOf(s.feeBasisPoints(), 2))
            .minorUnits();
    var postings = new java.util.TreeMap<Long, Long>();
    postings.put(holding, -amount);
    postings.put(payee, amount - fee);
    if (fee > 0) {
      postings.put(single(c, account, t, "TENANT_FEES", "tenant", "USD"), fee);
    }
    var balances = new java.util.HashMap<Long, Long>();
    Object[] lockParams = new Object[postings.size() + 1];
    lockParams[0] = t;
    int p = 1;
    for (long id : postings.keySet()) {
      lockParams[p++] = id;
    }
    try (var ps =
        bind(
            c.prepareStatement(
                "SELECT id, kind, currency, balance FROM ledger_account WHERE tenant_id = ? AND id"
                    + " IN ("
                    + "?, ".repeat(postings.size() - 1)
                    + "?) ORDER BY id FOR UPDATE"),
            lockParams)) {
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          balances.put(rs.getLong(1), rs.getLong(4));
        }
      }
    }
    update(
        c,
        "UPDATE ledger_hold SET remaining = ?, status = ?, version = version + 1"
            + " WHERE id = ? AND tenant_id = ?",
        remaining - amount,
        remaining - amount == 0 ? "CLOSED" : "OPEN",
        holdId,
        t);
    long entryId;
    try (var ps =
        bind(
            c.prepareStatement(
                "INSERT INTO journal_entry (tenant_id, type, reference, actor_id, idempotency_key,"
                    + " fingerprint, hold_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS),
            t,
            "RELEASE",
            "bench",
            payeeMember,
            key,
            "0".repeat(64),
            holdId,
            now)) {
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        entryId = keys.getLong(1);
      }
    }
    List<Object> rows = new ArrayList<>();
    postings.forEach((id, posted) -> rows.addAll(List.of(t, entryId, id, posted, "USD", now)));
    update(
        c,
        "INSERT INTO posting (tenant_id, entry_id, account_id, amount, currency, created_at)"
            + " VALUES "
            + "(?, ?, ?, ?, ?, ?), ".repeat(postings.size() - 1)
            + "(?, ?, ?, ?, ?, ?)",
        rows.toArray());
    for (var posting : postings.entrySet()) {
      update(
          c,
          "UPDATE ledger_account SET balance = ?, version = version + 1"
              + " WHERE id = ? AND tenant_id = ?",
          balances.get(posting.getKey()) + posting.getValue(),
          posting.getKey(),
          t);
    }
  }

  /** Statements the database server has received from all clients so far. */
  private long statements() throws SQLException {
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  /**
   * CPU clock ticks (1/100 s) used so far by this JVM and by the database server, read from /proc;
   * zeros where there is no /proc.
   */
  private static long[] cpuTicks() {
    long[] ticks = new long[2];
    try (var procs = Files.list(Path.of("/proc"))) {
      ticks[0] = ticks(Path.of("/proc/self/stat"));
      for (Path proc : procs.toList()) {
        if (proc.getFileName().toString().chars().allMatch(Character::isDigit)
            && Files.readString(proc.resolve("comm")).strip().matches("mariadbd|mysqld")) {
          ticks[1] += ticks(proc.resolve("stat"));
        }
      }
    } catch (java.io.IOException | RuntimeException gone) {
      // no /proc here, or a process ended while it was read
    }
    return ticks;
  }

  /** utime + stime of a process, from its stat line (fields 14 and 15). */
  private static long ticks(Path stat) throws java.io.IOException {
    String line = Files.readString(stat);
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static void query(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), args);
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), args)) {
      ps.executeUpdate();
    }
  }

  private static long single(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), args);
        var rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  /**
   * A tenant with 10 000 wallets, each with an open escrow hold large enough for the run, seeded in
   * bulk as one balanced entry so the audit holds.
   */
  private Setup setUp(int feeBasisPoints) throws Exception {
    String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    var owner =
        signup.signUp(
            new BusinessSignupForm(
                "Bench " + slug,
                slug,
                "USD",
                BigDecimal.valueOf(feeBasisPoints, 2),
                "#123456",
                null,
                "Ben",
                "ben@" + slug + ".test",
                "correct-horse-1"));
    long t = owner.tenantId();
    long perHold = 100_000_000L;
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long world = insertAccount(c, t, "WORLD", "bench", -perHold * WALLETS, now);
      insertAccount(c, t, "TENANT_FEES", "tenant", 0, now);
      try (var ps =
          c.prepareStatement(
              "INSERT INTO ledger_account (tenant_id, kind, owner_ref, currency, balance,"
                  + " created_at, version) VALUES (?, ?, ?, 'USD', ?, ?, 1)",
              Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < WALLETS; i++) {
          for (String kind : List.of("MEMBER_AVAILABLE", "ESCROW")) {
            ps.setLong(1, t);
            ps.setString(2, kind);
            ps.setString(3, kind.equals("ESCROW") ? "bench:" + i : Long.toString(1_000_000L + i));
            ps.setLong(4, kind.equals("ESCROW") ? perHold : 0);
            ps.setTimestamp(5, now);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      long entry;
      try (var ps =
          c.prepareStatement(
              "INSERT INTO journal_entry (tenant_id, type, reference, idempotency_key, fingerprint,"
                  + " created_at) VALUES (?, 'SEED', 'bench', ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, t);
        ps.setString(2, "seed-" + slug);
        ps.setString(3, "0".repeat(64));
        ps.setTimestamp(4, now);
        ps.executeUpdate();
        try (var keys = ps.getGeneratedKeys()) {
          keys.next();
          entry = keys.getLong(1);
        }
      }
      try (var postings =
              c.prepareStatement(
                  "INSERT INTO posting (tenant_id, entry_id, account_id, amount, currency,"
                      + " created_at) VALUES (?, ?, ?, ?, 'USD', ?)");
          var holds =
              c.prepareStatement(
                  "INSERT INTO ledger_hold (tenant_id, purpose, source_account_id,"
                      + " holding_account_id, currency, amount, remaining, status, reference,"
                      + " created_at, version) VALUES (?, 'ESCROW', ?, ?, 'USD', ?, ?, 'OPEN', ?, ?, 1)")) {
        postings.setLong(1, t);
        postings.setLong(2, entry);
        postings.setLong(3, world);
        postings.setLong(4, -perHold * WALLETS);
        postings.setTimestamp(5, now);
        postings.addBatch();
        for (int i = 0; i < WALLETS; i++) {
          long escrow = accountId(c, t, "ESCROW", "bench:" + i);
          long wallet = accountId(c, t, "MEMBER_AVAILABLE", Long.toString(1_000_000L + i));
          postings.setLong(3, escrow);
          postings.setLong(4, perHold);
          postings.addBatch();
          holds.setLong(1, t);
          holds.setLong(2, wallet);
          holds.setLong(3, escrow);
          holds.setLong(4, perHold);
          holds.setLong(5, perHold);
          holds.setString(6, "bench:" + i);
          holds.setTimestamp(7, now);
          holds.addBatch();
        }
        postings.executeBatch();
        holds.executeBatch();
      }
      long firstHold = single(c, "SELECT MIN(id) FROM ledger_hold WHERE tenant_id = ?", t);
      c.commit();
      return new Setup(t, firstHold, 1_000_000L, feeBasisPoints);
    }
  }

  private static long accountId(Connection c, long t, String kind, String owner)
      throws SQLException {
    return single(
        c,
        "SELECT id FROM ledger_account WHERE tenant_id = ? AND kind = ? AND owner_ref = ?",
        t,
        kind,
        owner);
  }

  private static long insertAccount(
      Connection c, long t, String kind, String owner, long balance, Timestamp now)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "INSERT INTO ledger_account (tenant_id, kind, owner_ref, currency, balance, created_at,"
                + " version) VALUES (?, ?, ?, 'USD', ?, ?, 1)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, t);
      ps.setString(2, kind);
      ps.setString(3, owner);
      ps.setLong(4, balance);
      ps.setTimestamp(5, now);
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
