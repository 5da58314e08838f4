package com.marketplace.devstack;

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

  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    Instant started = Instant.now();
    Path home = Path.of(System.getProperty("marketplace.home", "data")).toAbsolutePath();
    Path runtime = Path.of(System.getProperty("marketplace.runtime.dir"));
    Path war = Path.of(System.getProperty("marketplace.war"));
    int port = Integer.parseInt(env("MARKETPLACE_PORT").orElse("8080"));
    Files.createDirectories(home);

    var config = new LinkedHashMap<String, String>();
    EmbeddedDatabase db = null;
    OpenMqBroker broker = null;
    PayaraMicro micro = null;
    try {
      Optional<String> externalDb = env("MARKETPLACE_DB_URL");
      if (externalDb.isPresent()) {
        config.put("marketplace.db.url", externalDb.get());
        config.put("marketplace.db.user", env("MARKETPLACE_DB_USER").orElse("marketplace"));
        config.put("marketplace.db.password", env("MARKETPLACE_DB_PASSWORD").orElse(""));
      } else {
        System.out.println("Starting embedded MariaDB (data in " + home.resolve("mariadb") + ")");
        db = EmbeddedDatabase.start(home.resolve("mariadb"), 3307, "marketplace-dev");
        config.put("marketplace.db.url", db.jdbcUrl());
        config.put("marketplace.db.user", db.user());
        config.put("marketplace.db.password", db.password());
      }
      Optional<String> externalMq = env("MARKETPLACE_MQ_ADDRESS");
      if (externalMq.isPresent()) {
        config.put("marketplace.mq.address", externalMq.get());
      } else {
        System.out.println("Starting OpenMQ broker");
        broker = OpenMqBroker.start(runtime.resolve("openmq"), home.resolve("openmq"), 7676);
        config.put("marketplace.mq.address", broker.address());
      }
      config.put("marketplace.mq.user", env("MARKETPLACE_MQ_USER").orElse("guest"));
      config.put("marketplace.mq.password", env("MARKETPLACE_MQ_PASSWORD").orElse("guest"));
      config.put("marketplace.demo-data", "true");

      System.out.println("Starting Payara Micro (log: " + home.resolve("payara/payara.log") + ")");
      micro = PayaraMicro.start(runtime, war, home.resolve("payara"), port, config);
      Runtime.getRuntime().addShutdownHook(stopper(micro, broker, db));
      printWelcome(micro, Duration.between(started, Instant.now()));
      micro.waitFor();
    } catch (Exception e) {
      stopper(micro, broker, db).run();
      throw e;
    }
  }

  private static Thread stopper(PayaraMicro micro, OpenMqBroker broker, EmbeddedDatabase db) {
    return new Thread(
        () -> {
          System.out.println("Stopping Payara Micro, the broker and the database...");
          if (micro != null) {
            micro.close();
          }
          if (broker != null) {
            broker.close();
          }
          if (db != null) {
            try {
              db.close();
            } catch (Exception e) {
              System.err.println("Database did not stop cleanly: " + e.getMessage());
            }
          }
          System.out.println("Stopped.");
        });
  }

  private static void printWelcome(PayaraMicro micro, Duration startup) {
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
           Health          %shealth
         Press Ctrl-C to stop.
        ==================================================================
        %n""",
        startup.toSeconds(), url, url, url, url);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
