package com.marketplace.devstack;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh MariaDB and OpenMQ broker once for an integration-test run (when the build sets
 * {@code marketplace.stack}) and stops them when the run ends. Each Arquillian test class then
 * boots Payara Micro against them with the options published here as system properties.
 */
public class IntegrationStack implements LauncherSessionListener {

  public static final String DB_PASSWORD = "it-password";

  private EmbeddedDatabase db;
  private OpenMqBroker broker;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("marketplace.stack") == null) {
      return;
    }
    try {
      Path dir = Path.of(System.getProperty("marketplace.stack.dir"));
      Path runtime = Path.of(System.getProperty("marketplace.runtime.dir"));
      PayaraMicro.deleteRecursively(dir);
      db =
          EmbeddedDatabase.start(
              dir.resolve("mariadb"), Integer.getInteger("it.db.port"), DB_PASSWORD);
      broker =
          OpenMqBroker.start(
              runtime.resolve("openmq"), dir.resolve("openmq"), Integer.getInteger("it.mq.port"));
      Path postBoot = PayaraMicro.writePostBootCommands(runtime, dir, broker.address());
      System.setProperty("it.db.url", db.jdbcUrl());
      System.setProperty("it.mq.address", broker.address());
      System.setProperty("it.postboot", postBoot.toString());
      System.setProperty(
          "it.micro.options",
          String.join(
              " ",
              "-Xmx640m",
              "-Djava.io.tmpdir=" + dir.resolve("micro-tmp"),
              "-Dmarketplace.db.url=" + db.jdbcUrl(),
              "-Dmarketplace.db.user=" + db.user(),
              "-Dmarketplace.db.password=" + DB_PASSWORD,
              "-Dmarketplace.mq.address=" + broker.address(),
              "-Dmarketplace.mq.user=guest",
              "-Dmarketplace.mq.password=guest",
              "-Dmarketplace.stripe.webhook-secret=it-webhook-secret",
              "-Dmarketplace.files.dir=" + dir.resolve("files"),
              "-Dmarketplace.auto-release.scan-seconds=2",
              // read in the container by the benchmark, which reports where the build asked
              "-Dbenchmark.report="
                  + System.getProperty(
                      "benchmark.report", dir.resolve("benchmark.txt").toString())));
      java.nio.file.Files.createDirectories(dir.resolve("micro-tmp"));
    } catch (Exception e) {
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the integration-test stack", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (broker != null) {
      broker.close();
      broker = null;
    }
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
