package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.ledger.boundary.Ledger;
import com.marketplace.ledger.boundary.LedgerAudit;
import com.marketplace.platform.SchemaMigration;
import com.marketplace.tenancy.boundary.BusinessSignup;
import com.marketplace.tenancy.control.TenantContext;
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
 * the tenant's single fee account. Run with {@code ./mvnw -Pbenchmark verify}; figures go to stdout
 * and {@code marketplace-web/target/benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class EscrowBenchmark {

  static final int WALLETS = 10_000;
  static final int CLIENTS = 32;
  static final Duration WARM_UP = Duration.ofSeconds(5);
  static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));

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

  /** Returns {raw JDBC ops/s, boundary ops/s}. */
  private double[] scenario(String name, int feeBasisPoints, StringBuilder report)
      throws Exception {
    Setup setup = setUp(feeBasisPoints);
    run(setup, false, WARM_UP);
    double jdbc = run(setup, false, MEASURE);
    run(setup, true, WARM_UP);
    double boundary = run(setup, true, MEASURE);
    tenantContext.use(setup.tenantId());
    var audited = audit.audit();
    assertTrue(audited.clean(), () -> audited.violations().toString());
    report.append(
        String.format(
            "%-7s raw JDBC %8.0f releases/s   EJB boundary %8.0f releases/s   (%d entries, audit clean)%n",
            name, jdbc, boundary, audited.entries()));
    return new double[] {jdbc, boundary};
  }

  private double run(Setup setup, boolean boundary, Duration duration) throws Exception {
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
                  ledger.release(key, hold, 100, payee);
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
    return done.get() / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }

  /** The statements the boundary sends for one release, in the same order, by hand. */
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
        "SELECT id, fingerprint FROM journal_entry WHERE idempotency_key = ? AND tenant_id = ?",
        key,
        t);
    long holding;
    long version;
    long remaining;
    try (var ps =
        c.prepareStatement(
            "SELECT source_account_id, holding_account_id, remaining, version FROM ledger_hold"
                + " WHERE id = ? AND tenant_id = ? FOR UPDATE")) {
      ps.setLong(1, holdId);
      ps.setLong(2, t);
      try (var rs = ps.executeQuery()) {
        rs.next();
        holding = rs.getLong(2);
        remaining = rs.getLong(3);
        version = rs.getLong(4);
      }
    }
    query(c, "SELECT fee_basis_points FROM tenant WHERE id = ?", t);
    long payee =
        single(
            c,
            "SELECT id FROM ledger_account WHERE kind = ? AND owner_ref = ? AND currency = ?"
                + " AND tenant_id = ?",
            "MEMBER_AVAILABLE",
            Long.toString(payeeMember),
            "USD",
            t);
    long fee = com.marketplace.ledger.entity.Amounts.fee(amount, s.feeBasisPoints());
    List<long[]> postings = new ArrayList<>();
    postings.add(new long[] {holding, -amount});
    postings.add(new long[] {payee, amount - fee});
    if (fee > 0) {
      long fees =
          single(
              c,
              "SELECT id FROM ledger_account WHERE kind = ? AND owner_ref = ? AND currency = ?"
                  + " AND tenant_id = ?",
              "TENANT_FEES",
              "tenant",
              "USD",
              t);
      postings.add(new long[] {fees, fee});
    }
    postings.sort((a, b) -> Long.compare(a[0], b[0]));
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < postings.size(); i++) {
      in.append(i == 0 ? "?" : ",?");
    }
    List<long[]> balances = new ArrayList<>();
    try (var ps =
        c.prepareStatement(
            "SELECT id, balance, version FROM ledger_account WHERE id IN ("
                + in
                + ") AND tenant_id = ? ORDER BY id FOR UPDATE")) {
      for (int i = 0; i < postings.size(); i++) {
        ps.setLong(i + 1, postings.get(i)[0]);
      }
      ps.setLong(postings.size() + 1, t);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          balances.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    long entryId;
    try (var ps =
        c.prepareStatement(
            "INSERT INTO journal_entry (tenant_id, type, reference, actor_id, idempotency_key,"
                + " fingerprint, hold_id, created_at) VALUES (?, 'RELEASE', 'bench', ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, t);
      ps.setLong(2, payeeMember);
      ps.setString(3, key);
      ps.setString(4, "0".repeat(64));
      ps.setLong(5, holdId);
      ps.setTimestamp(6, now);
      ps.executeUpdate();
      try (var keys = ps.getGeneratedKeys()) {
        keys.next();
        entryId = keys.getLong(1);
      }
    }
    for (long[] posting : postings) {
      try (var ps =
          c.prepareStatement(
              "INSERT INTO posting (tenant_id, entry_id, account_id, amount, currency, created_at)"
                  + " VALUES (?, ?, ?, ?, 'USD', ?)")) {
        ps.setLong(1, t);
        ps.setLong(2, entryId);
        ps.setLong(3, posting[0]);
        ps.setLong(4, posting[1]);
        ps.setTimestamp(5, now);
        ps.executeUpdate();
      }
    }
    for (long[] posting : postings) {
      long[] b = balances.stream().filter(x -> x[0] == posting[0]).findFirst().orElseThrow();
      try (var ps =
          c.prepareStatement(
              "UPDATE ledger_account SET balance = ?, version = ? WHERE id = ? AND version = ?"
                  + " AND tenant_id = ?")) {
        ps.setLong(1, b[1] + posting[1]);
        ps.setLong(2, b[2] + 1);
        ps.setLong(3, posting[0]);
        ps.setLong(4, b[2]);
        ps.setLong(5, t);
        ps.executeUpdate();
      }
    }
    try (var ps =
        c.prepareStatement(
            "UPDATE ledger_hold SET remaining = ?, status = ?, version = ? WHERE id = ?"
                + " AND version = ? AND tenant_id = ?")) {
      ps.setLong(1, remaining - amount);
      ps.setString(2, remaining - amount == 0 ? "CLOSED" : "OPEN");
      ps.setLong(3, version + 1);
      ps.setLong(4, holdId);
      ps.setLong(5, version);
      ps.setLong(6, t);
      ps.executeUpdate();
    }
  }

  private static void query(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = bind(c.prepareStatement(sql), args);
        var rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
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
