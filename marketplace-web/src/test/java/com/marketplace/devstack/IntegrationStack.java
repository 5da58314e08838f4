package com.marketplace.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh MariaDB, OpenMQ broker and SMTP server (GreenMail) once for an integration-test
 * run (when the build sets {@code marketplace.stack}) and stops them when the run ends. Each
 * Arquillian test class then boots Payara Micro against them with the options published here as
 * system properties. Client-side tests reach the broker and the SMTP server through the static
 * methods here, to read mail or to take a part away and bring it back.
 */
public class IntegrationStack implements LauncherSessionListener {

  public static final String DB_PASSWORD = "it-password";

  /** How many requests a minute an API token may make in the tests' application. */
  public static final int API_REQUESTS_PER_MINUTE = 10;

  private static EmbeddedDatabase db;
  private static OpenMqBroker broker;
  private static GreenMail smtp;
  private static Path dir;
  private static Path runtime;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("marketplace.stack") == null) {
      return;
    }
    try {
      dir = Path.of(System.getProperty("marketplace.stack.dir"));
      runtime = Path.of(System.getProperty("marketplace.runtime.dir"));
      PayaraMicro.deleteRecursively(dir);
      db =
          EmbeddedDatabase.start(
              dir.resolve("mariadb"), Integer.getInteger("it.db.port"), DB_PASSWORD);
      startBroker();
      startSmtp();
      Path postBoot = PayaraMicro.writePostBootCommands(runtime, dir, broker.address());
      System.setProperty("it.db.url", db.jdbcUrl());
      System.setProperty("it.mq.address", broker.address());
      System.setProperty("it.postboot", postBoot.toString());
      System.setProperty("it.preboot", PayaraMicro.writePreBootCommands(dir).toString());
      System.setProperty("it.micro.port", Integer.toString(Ports.firstFree(18080, 18999)));
      System.setProperty(
          "it.micro.options",
          String.join(
              " ",
              // room for the concurrency tests: 30 sessions with their pages, then bursts of 32
              "-Xmx1536m",
              "-Djava.io.tmpdir=" + dir.resolve("micro-tmp"),
              "-Dmarketplace.db.url=" + db.jdbcUrl(),
              "-Dmarketplace.db.user=" + db.user(),
              "-Dmarketplace.db.password=" + DB_PASSWORD,
              "-Dmarketplace.mq.address=" + broker.address(),
              "-Dmarketplace.mq.user=guest",
              "-Dmarketplace.mq.password=guest",
              // the tests pay with the sandbox's test cards, a development choice
              "-Dmarketplace.dev-mode=true",
              "-Dmarketplace.payments.provider=sandbox",
              "-Dmarketplace.stripe.webhook-secret=it-webhook-secret",
              "-Dmarketplace.files.dir=" + dir.resolve("files"),
              "-Dmarketplace.auto-release.scan-seconds=2",
              // hourly contracts' weeks are visited by their test at times of its choosing
              "-Dmarketplace.hourly.scan-seconds=86400",
              "-Dmarketplace.invoices.scan-seconds=86400",
              "-Dmarketplace.smtp.host=127.0.0.1",
              "-Dmarketplace.smtp.port=" + Integer.getInteger("it.smtp.port"),
              "-Dmarketplace.mail.scan-millis=200",
              // in-container tests read the emails they expect from the SMTP server's POP3 side
              "-Dit.pop3.port=" + Integer.getInteger("it.pop3.port"),
              // portal accounts are made when a test asks (PortalFixtures), never behind its back
              "-Dmarketplace.portal.accounts-scan-seconds=86400",
              "-Dmarketplace.outbox.scan-millis=500",
              // every test signs in from this one address, hundreds of times a run
              "-Dmarketplace.sign-in.address-attempts=100000",
              // small enough for TenancyApiIT to reach an API token's limit in a few requests
              "-Dmarketplace.api.requests-per-minute=" + API_REQUESTS_PER_MINUTE,
              // read in the container by the benchmark, which reports where the build asked
              "-Dbenchmark.report="
                  + System.getProperty("benchmark.report", dir.resolve("benchmark.txt").toString()),
              // and the sizes a benchmark run was asked for
              benchmarkSizes()));
      java.nio.file.Files.createDirectories(dir.resolve("micro-tmp"));
    } catch (Exception | LinkageError e) {
      // stop whatever started, so no database or broker outlives a run that could not begin
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the integration-test stack", e);
    }
  }

  /** The SMTP server every email of the run goes to. */
  public static GreenMail smtp() {
    return smtp;
  }

  public static synchronized void startSmtp() {
    if (smtp == null) {
      smtp =
          new GreenMail(
                  new ServerSetup[] {
                    new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp"),
                    new ServerSetup(Integer.getInteger("it.pop3.port"), "127.0.0.1", "pop3")
                  })
              // a mailbox per recipient, read by its address alone
              .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      smtp.start();
    }
  }

  /** Takes the SMTP server away; the mail it received so far is gone with it. */
  public static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  public static synchronized void startBroker() throws Exception {
    if (broker == null) {
      broker =
          OpenMqBroker.start(
              runtime.resolve("openmq"), dir.resolve("openmq"), Integer.getInteger("it.mq.port"));
    }
  }

  /** Stops the broker; it keeps its persistent messages for the next start. */
  public static synchronized void stopBroker() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  /** The benchmark sizes given to the build ({@code -Dbenchmark.billing.small=N}), for Micro. */
  private static String benchmarkSizes() {
    return System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("benchmark.billing."))
        .sorted()
        .map(name -> "-D" + name + "=" + Integer.parseInt(System.getProperty(name)))
        .collect(Collectors.joining(" "));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stopBroker();
    stopSmtp();
    if (db != null) {
      try {
        db.close();
      } catch (Exception e) {
        System.err.println("The test database did not stop cleanly: " + e.getMessage());
      }
      db = null;
    }
  }
}
