package com.marketplace.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Runs the product on embedded defaults: MariaDB (data kept in {@code data/} between runs), an
 * OpenMQ broker and Payara Micro with the application and demo data. Ctrl-C stops all three.
 *
 * <p>{@code MARKETPLACE_DB_URL} (+ {@code _USER}, {@code _PASSWORD}) switches to an external MySQL
 * 8, {@code MARKETPLACE_MQ_ADDRESS} (+ {@code _USER}, {@code _PASSWORD}) to an external broker;
 * {@code MARKETPLACE_PORT} changes the HTTP port (8080).
 */
public final class QuickStart {

  static final int DB_PORT = 3307;
  static final int MQ_PORT = 7676;
  static final int SMTP_PORT = 3025;
  static final int IMAP_PORT = 3143;

  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    Instant started = Instant.now();
    Path home = Path.of(System.getProperty("marketplace.home", "data")).toAbsolutePath();
    Path runtime = Path.of(System.getProperty("marketplace.runtime.dir"));
    Path war = Path.of(System.getProperty("marketplace.war"));
    int port = Integer.parseInt(env("MARKETPLACE_PORT").orElse("8080"));
    Files.createDirectories(home);

    requireFreePort(port);
    var stack = new Running();
    // Registered first, so Ctrl-C at any moment stops whatever has started so far.
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop));
    try {
      start(stack, home, runtime, war, port);
    } catch (Exception | Error failed) {
      // a failed start stops what it started, or the mail server's threads keep the build waiting
      stack.stop();
      throw failed;
    }
    printWelcome(stack.micro, Duration.between(started, Instant.now()), stack.mail != null);
    stack.micro.waitFor();
  }

  private static void start(Running stack, Path home, Path runtime, Path war, int port)
      throws Exception {
    var config = new LinkedHashMap<String, String>();
    Optional<String> externalDb = env("MARKETPLACE_DB_URL");
    if (externalDb.isPresent()) {
      config.put("marketplace.db.url", externalDb.get());
      config.put("marketplace.db.user", env("MARKETPLACE_DB_USER").orElse("marketplace"));
      config.put("marketplace.db.password", env("MARKETPLACE_DB_PASSWORD").orElse(""));
    } else {
      requireFreePort(DB_PORT);
      System.out.println("Starting embedded MariaDB (data in " + home.resolve("mariadb") + ")");
      stack.db = EmbeddedDatabase.start(home.resolve("mariadb"), DB_PORT, "marketplace-dev");
      config.put("marketplace.db.url", stack.db.jdbcUrl());
      config.put("marketplace.db.user", stack.db.user());
      config.put("marketplace.db.password", stack.db.password());
    }
    Optional<String> externalMq = env("MARKETPLACE_MQ_ADDRESS");
    if (externalMq.isPresent()) {
      config.put("marketplace.mq.address", externalMq.get());
    } else {
      requireFreePort(MQ_PORT);
      System.out.println("Starting OpenMQ broker");
      stack.broker = OpenMqBroker.start(runtime.resolve("openmq"), home.resolve("openmq"), MQ_PORT);
      config.put("marketplace.mq.address", stack.broker.address());
    }
    config.put("marketplace.mq.user", env("MARKETPLACE_MQ_USER").orElse("guest"));
    config.put("marketplace.mq.password", env("MARKETPLACE_MQ_PASSWORD").orElse("guest"));
    Optional<String> externalSmtp = env("MARKETPLACE_SMTP_HOST");
    if (externalSmtp.isPresent()) {
      config.put("marketplace.smtp.host", externalSmtp.get());
      config.put("marketplace.smtp.port", env("MARKETPLACE_SMTP_PORT").orElse("25"));
    } else {
      requireFreePort(SMTP_PORT);
      requireFreePort(IMAP_PORT);
      System.out.println("Starting a local mail server (GreenMail)");
      stack.mail =
          new GreenMail(
              new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
                new ServerSetup(IMAP_PORT, "127.0.0.1", "imap")
              });
      stack.mail.start();
      config.put("marketplace.smtp.host", "127.0.0.1");
      config.put("marketplace.smtp.port", Integer.toString(SMTP_PORT));
    }
    config.put("marketplace.demo-data", "true");
    // development: the sandbox provider and its test cards are allowed (never in production)
    config.put("marketplace.dev-mode", "true");
    config.put(
        "marketplace.payments.provider", env("MARKETPLACE_PAYMENTS_PROVIDER").orElse("sandbox"));
    config.put(
        "marketplace.files.dir",
        env("MARKETPLACE_FILES_DIR").orElse(home.resolve("files").toAbsolutePath().toString()));

    System.out.println("Starting Payara Micro (log: " + home.resolve("payara/payara.log") + ")");
    stack.micro = PayaraMicro.start(runtime, war, home.resolve("payara"), port, config);
  }

  /** What has been started so far, stopped in reverse order. */
  private static final class Running {
    volatile EmbeddedDatabase db;
    volatile OpenMqBroker broker;
    volatile PayaraMicro micro;
    volatile GreenMail mail;

    /** Stops what runs; a second call (the shutdown hook after a failed start) finds nothing. */
    synchronized void stop() {
      if (micro == null && broker == null && mail == null && db == null) {
        return;
      }
      System.out.println("Stopping Payara Micro, the broker and the database...");
      if (micro != null) {
        micro.close();
        micro = null;
      }
      if (broker != null) {
        broker.close();
        broker = null;
      }
      if (mail != null) {
        mail.stop();
        mail = null;
      }
      if (db != null) {
        try {
          db.close();
        } catch (Exception e) {
          System.err.println("The database did not stop cleanly: " + e.getMessage());
        }
        db = null;
      }
      System.out.println("Stopped.");
    }
  }

  static void requireFreePort(int port) {
    if (!Ports.isFree(port)) {
      throw new IllegalStateException(
          "Port " + port + " is in use; is the marketplace already running?");
    }
  }

  private static void printWelcome(PayaraMicro micro, Duration startup, boolean localMail) {
    String url = micro.url();
    System.out.printf(
        """

        ==================================================================
         Marketplace is running (started in %d s)
           Open            %s
           Workspaces      %st/acme   and   %st/globex
           Sign in as      owner@acme.test, client@acme.test,
                           freelancer@acme.test (same for @globex.test)
           Password        demo-password
           Client portal   %st/acme/portal as nadia@northwind.example
                           (password demo-password)
           Health          %shealth
           Emails          %s
         Press Ctrl-C to stop.
        ==================================================================
        %n""",
        startup.toSeconds(),
        url,
        url,
        url,
        url,
        url,
        localMail
            ? "caught by a local mail server: read them over IMAP at 127.0.0.1:"
                + IMAP_PORT
                + ",\n                           user and password = the recipient's address"
            : "sent through the configured SMTP server");
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
