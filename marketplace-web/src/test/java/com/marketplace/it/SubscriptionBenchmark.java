package com.marketplace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.SchemaMigration;
import com.marketplace.platform.tenant.TenantContext;
import com.marketplace.subscriptions.boundary.BillingCycle;
import com.marketplace.subscriptions.entity.RunSummary;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions at scale, in one run: (a) the billing run over 2 000, 10 000 and 100 000 due
 * subscriptions (seeded by SQL: card customers on a monthly plan, all due today), each billed
 * through the same path as any run (claimed, billed, invoiced, charged, in groups per transaction),
 * then run again at once (nothing due: it bills nothing); the time, the database statements and the
 * application's CPU time per subscription billed, and for the first size the time the print queue
 * then takes to print the run's invoices and receipts and the mailer to send them; each part waits
 * until the runs before it have their events published (they wait for a run's end); (b) {@code GET
 * /api/v1/metrics} timed through the API for a workspace of 1 000 subscriptions and one of 100 000,
 * in rounds alternating between them, p50 and p95 and the ratio. Run with {@code ./mvnw -Pbenchmark
 * -pl marketplace-web -am verify -Dit.test=SubscriptionBenchmark}; figures go to stdout and {@code
 * marketplace-web/target/benchmark-subscriptions.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionBenchmark {

  static final int BILLED_SMALL = Integer.getInteger("benchmark.billing.small", 2_000);
  static final int BILLED_TARGET = Integer.getInteger("benchmark.billing.target", 10_000);
  static final int BILLED_LARGE = Integer.getInteger("benchmark.billing.large", 100_000);
  static final int METRICS_SMALL = 1_000;
  static final int METRICS_LARGE = 100_000;
  static final int RUNS = 200;
  static final int WARM_UP = 200;
  static final int ROUNDS = 4;

  @Deployment
  static WebArchive app() {
    return Deployments.application()
        .addClasses(
            SubscriptionBenchmark.class,
            SeededSubscriptions.class,
            SeededDesk.class,
            SubscriptionFixtures.class,
            MachineSpeed.class,
            Deployments.class,
            Api.class);
  }

  @ArquillianResource URL deployment;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject TenantContext tenantContext;
  @Inject SubscriptionFixtures fixtures;
  @Inject BillingCycle cycle;

  /**
   * What the parts measured so far, written out after each: an in-container test answers within the
   * server's request timeout (15 min), so each part is a test of its own, run in order.
   */
  private static final StringBuilder REPORT = new StringBuilder();

  /** The size billed before, which the next is compared with. */
  private static Run previous;

  @Test
  @Order(1)
  void theBillingRunOfTheSmallAndTheTargetSize() throws Exception {
    REPORT.append(
        String.format(
            "(a) The billing run: due subscriptions (card customers, monthly plan) billed"
                + " in groups of "
                + BillingCycle.GROUP
                + " per transaction, then run again at once; \"machine\": the processor time a fixed"
                + " piece of computing took just before the run and, timed once a second, during it"
                + " (median; a slower machine takes longer), and the share of the timings during"
                + " the run that took at least 1.5 × the time before%n"
                + "%-10s %12s %14s %16s %14s %14s %16s %24s %24s%n",
            "due",
            "first run",
            "per sub",
            "statements/sub",
            "CPU ms/sub",
            "re-run",
            "events after",
            "printed and mailed after",
            "machine before / during"));
    billing(BILLED_SMALL, true);
    billing(BILLED_TARGET, true);
    written();
  }

  @Test
  @Order(2)
  void theBillingRunGrowsLinearly() throws Exception {
    // the run's events are left to the next part, which waits for them
    billing(BILLED_LARGE, false);
    written();
  }

  @Test
  @Order(3)
  void theMetricsStayFast() throws Exception {
    waitFor(() -> waitingEvents(null), "every run's events published");
    REPORT.append(metrics());
    written();
  }

  private static void written() throws Exception {
    System.out.println(REPORT);
    Files.writeString(
        Path.of(System.getProperty("benchmark.report", "/tmp/benchmark.txt"))
            .resolveSibling("benchmark-subscriptions.txt"),
        REPORT);
  }

  // (a) the billing run

  /**
   * A run's figures; {@code machine}: the median time of the fixed piece during it, {@code slower}:
   * the share of its timings that took at least 1.5 × the time before.
   */
  record Run(
      int billed,
      double seconds,
      long statements,
      double cpuSeconds,
      double machine,
      double slower) {}

  /**
   * Bills a new workspace's {@code size} due subscriptions, then runs again at once; the first size
   * waits for the print queue and the mailer after, and {@code eventsAfter} for the run's events to
   * be published, so that the next size's run does not share the machine with them.
   */
  private void billing(int size, boolean eventsAfter) throws Exception {
    if (size <= 0) {
      return;
    }
    long tenant = billingWorkspace("billing-" + size, size);
    double machine = MachineSpeed.now(9);
    Run first = run(tenant, machine);
    assertEquals(size, first.billed(), "every due subscription billed");
    Run again = run(tenant, machine);
    assertEquals(0, again.billed(), "nothing billed twice");
    // the relay publishes the run's events once it has ended; the print queue, which waits while
    // a run is under way, then prints the run's invoices and receipts, which are emailed; timed
    // for the first size only (the larger would add many minutes)
    double published = eventsAfter ? waitFor(() -> waitingEvents(tenant), "the run's events") : 0;
    String events = eventsAfter ? String.format("%14.1f s", published) : "";
    String printed =
        previous == null ? String.format("%22.1f s", published + printedAfter(tenant)) : "";
    REPORT.append(
        String.format(
            "%-10d %10.1f s %11.2f ms %16.1f %14.2f %9.2f s (%.1f %%) %16s %24s"
                + " %6.1f / %4.1f ms (%3.0f %%)%n",
            size,
            first.seconds(),
            first.seconds() * 1000 / size,
            (double) first.statements() / size,
            first.cpuSeconds() * 1000 / size,
            again.seconds(),
            100 * again.seconds() / first.seconds(),
            events,
            printed,
            machine,
            first.machine(),
            100 * first.slower()));
    if (previous != null) {
      REPORT.append(
          String.format(
              "%d vs %d: %.2f × the time for %.0f × the subscriptions%n",
              size,
              previous.billed(),
              first.seconds() / previous.seconds(),
              (double) size / previous.billed()));
    }
    previous = first;
  }

  private long billingWorkspace(String name, int size) throws Exception {
    String slug = Api.uniqueSlug(name);
    Api.owner(deployment, slug);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Connection db = dataSource.getConnection()) {
      long tenant = SeededDesk.tenant(db, slug);
      long plan = SeededSubscriptions.plan(db, tenant, Instant.now());
      SeededSubscriptions.subscriptions(db, tenant, plan, size, today, 0, today, Instant.now());
      try (var analyze = db.createStatement()) {
        analyze.execute("ANALYZE TABLE subscription, customer");
      }
      tenantContext.use(tenant);
      fixtures.billingDetails();
      return tenant;
    }
  }

  private Run run(long tenant, double machineBefore) throws Exception {
    tenantContext.use(tenant);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long statements = questions();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    RunSummary summary;
    double seconds;
    double machine;
    double slower;
    try (var speed = MachineSpeed.during()) {
      summary = cycle.run(BillingCycle.dueIn(tenant), Clock.systemUTC(), one -> {});
      seconds = (System.nanoTime() - start) / 1e9;
      machine = speed.median();
      slower = speed.shareSlowerThan(machineBefore, 1.5);
    }
    return new Run(
        summary.processed(),
        seconds,
        questions() - statements,
        (os.getProcessCpuTime() - cpu) / 1e9,
        machine,
        slower);
  }

  /**
   * Seconds from now until every invoice and receipt of the workspace is printed (the print queue
   * looks every few seconds) and every email of the workspace sent (the invoices' emails carry
   * their PDFs), so that the next size's run does not share the machine with them.
   */
  private double printedAfter(long tenant) throws Exception {
    return waitFor(() -> unprinted(tenant), "the print queue printing the run's documents");
  }

  /** A count of what is left to do. */
  @FunctionalInterface
  interface Left {
    long count() throws Exception;
  }

  /** Seconds from now until nothing is left, looking twice a second, 12 min at most. */
  private static double waitFor(Left left, String what) throws Exception {
    long start = System.nanoTime();
    long deadline = start + 12 * 60 * 1_000_000_000L;
    while (left.count() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 12 min for " + what);
      }
      Thread.sleep(500);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The workspace's events not yet on the broker (every workspace's: null). */
  private long waitingEvents(Long tenant) throws Exception {
    try (Connection db = dataSource.getConnection();
        var st =
            db.prepareStatement(
                "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"
                    + (tenant == null ? "" : " AND tenant_id = ?"))) {
      if (tenant != null) {
        st.setLong(1, tenant);
      }
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long unprinted(long tenant) throws Exception {
    try (Connection db = dataSource.getConnection();
        var st =
            db.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM invoice WHERE tenant_id = ? AND number IS NOT NULL"
                    + " AND pdf_sha IS NULL) + (SELECT COUNT(*) FROM invoice_payment WHERE"
                    + " tenant_id = ? AND receipt_number IS NOT NULL AND receipt_sha IS NULL)"
                    + " + (SELECT COUNT(*) FROM email_message WHERE tenant_id = ? AND status ="
                    + " 'PENDING')")) {
      st.setLong(1, tenant);
      st.setLong(2, tenant);
      st.setLong(3, tenant);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The statements the database server has answered so far. */
  private long questions() throws Exception {
    try (Connection db = dataSource.getConnection();
        var st = db.createStatement();
        var rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  // (b) the metrics endpoint

  record Workspace(String name, Api owner, int count) {}

  private String metrics() throws Exception {
    List<Workspace> workspaces = new ArrayList<>();
    for (int size : List.of(METRICS_SMALL, METRICS_LARGE)) {
      String slug = Api.uniqueSlug("metrics-" + size);
      Api owner = Api.owner(deployment, slug);
      LocalDate anchor = LocalDate.now(ZoneOffset.UTC).minusDays(20);
      try (Connection db = dataSource.getConnection()) {
        long tenant = SeededDesk.tenant(db, slug);
        long plan = SeededSubscriptions.plan(db, tenant, Instant.now());
        SeededSubscriptions.subscriptions(
            db, tenant, plan, size, anchor, 1, anchor.plusMonths(1), Instant.now());
        try (var analyze = db.createStatement()) {
          analyze.execute("ANALYZE TABLE subscription, customer, subscription_bill");
        }
      }
      var m = owner.get("api/v1/metrics");
      assertEquals(200, m.status(), m.body());
      assertEquals(size, m.json().getJsonNumber("subscribers").longValue(), m.body());
      assertEquals(size * 2_900L, m.json().getJsonNumber("mrr").longValue(), m.body());
      workspaces.add(new Workspace("metrics-" + size, owner, size));
    }
    for (Workspace w : workspaces) {
      for (int i = 0; i < WARM_UP; i++) {
        assertEquals(200, w.owner().get("api/v1/metrics").status());
      }
    }
    List<List<Long>> samples = List.of(new ArrayList<>(), new ArrayList<>());
    for (int round = 0; round < ROUNDS; round++) {
      for (int w = 0; w < workspaces.size(); w++) {
        for (int i = 0; i < RUNS / ROUNDS; i++) {
          long start = System.nanoTime();
          var reply = workspaces.get(w).owner().get("api/v1/metrics");
          samples.get(w).add(System.nanoTime() - start);
          assertEquals(200, reply.status());
        }
      }
    }
    samples.forEach(Collections::sort);
    long[] p50 = {percentile(samples.get(0), 50), percentile(samples.get(1), 50)};
    long[] p95 = {percentile(samples.get(0), 95), percentile(samples.get(1), 95)};
    return String.format(
        "(b) GET /api/v1/metrics, %d requests each, %d rounds alternating, after %d to warm up%n"
            + "%-24s %24s %10s%n%-24s %11.1f / %6.1f ms %11.1f / %6.1f ms %10.2f%n",
        RUNS,
        ROUNDS,
        WARM_UP,
        "",
        METRICS_SMALL + " p50/p95    " + METRICS_LARGE + " p50/p95",
        "ratio p95",
        "metrics",
        p50[0] / 1e6,
        p95[0] / 1e6,
        p50[1] / 1e6,
        p95[1] / 1e6,
        (double) p95[1] / p95[0]);
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
