package com.marketplace.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Payara Micro running the WAR, with the OpenMQ resource adapter deployed before it. */
public final class PayaraMicro implements AutoCloseable {

  private static final Pattern BOOT_COMMAND_FAILED = Pattern.compile("Boot Command \\S+ failed");

  private final Process process;
  private final int port;
  private final Path log;

  private PayaraMicro(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static PayaraMicro start(
      Path runtime, Path war, Path rootDir, int port, Map<String, String> appConfig)
      throws Exception {
    // Micro keeps domain.xml and deployments in its root dir; start from a clean one each time
    // (application data lives in the database, not here).
    deleteRecursively(rootDir.resolve("micro"));
    Files.createDirectories(rootDir.resolve("tmp"));
    Path log = rootDir.resolve("payara.log");
    Path postBoot =
        writePostBootCommands(runtime, rootDir, appConfig.get("marketplace.mq.address"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Djava.io.tmpdir=" + rootDir.resolve("tmp"));
    appConfig.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(
        List.of(
            "-jar",
            runtime.resolve("payara-micro.jar").toString(),
            "--nocluster",
            "--nohazelcast",
            "--port",
            Integer.toString(port),
            "--rootdir",
            rootDir.resolve("micro").toString(),
            "--prebootcommandfile",
            writePreBootCommands(rootDir).toString(),
            "--postbootcommandfile",
            postBoot.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/"));
    for (int attempt = 1; ; attempt++) {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      var micro = new PayaraMicro(process, port, log);
      try {
        micro.awaitReady(Duration.ofMinutes(4));
        return micro;
      } catch (BootCommandFailed failed) {
        if (attempt == 2) {
          throw failed;
        }
        // Seen once in a while: deploying the resource adapter fails inside Micro (no context
        // class loader on its thread) and the application then cannot deploy. A new boot does.
        Path kept = rootDir.resolve("payara-failed-boot.log");
        Files.move(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("A boot command failed (log: " + kept + "); starting Micro once more");
        deleteRecursively(rootDir.resolve("micro"));
      }
    }
  }

  /** Micro ran a pre- or post-boot command that failed; it would never become ready. */
  static final class BootCommandFailed extends IllegalStateException {
    BootCommandFailed(String message) {
      super(message);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Listener settings belong before the boot: set after it, they restart the HTTP listener, which
   * then sometimes fails to bind its port again and leaves Micro up but unreachable. The listener
   * takes uploads up to 50 MB, and speaks HTTP/1.1 only: no browser asks for HTTP/2 without TLS
   * (h2c), and under a burst of concurrent streams on one upgraded connection Grizzly has closed
   * that connection mid-request, after which Micro did not stop when asked.
   */
  public static Path writePreBootCommands(Path dir) throws IOException {
    Files.createDirectories(dir);
    String listener =
        "set configs.config.server-config.network-config.protocols.protocol.http-listener.";
    return Files.writeString(
        dir.resolve("pre-boot.asadmin"),
        String.join(
            System.lineSeparator(),
            listener + "http.max-post-size-bytes=52428800",
            listener + "http.http2-enabled=false",
            ""));
  }

  /**
   * The resource adapter must be deployed before the application; post-boot commands run first.
   * Written fresh on every start, and the Micro root dir keeps no state we rely on.
   */
  public static Path writePostBootCommands(Path runtime, Path dir, String brokerAddress)
      throws IOException {
    Files.createDirectories(dir);
    Path rar = runtime.resolve("openmq/mq/lib/imqjmsra.rar");
    Path file = dir.resolve("post-boot.asadmin");
    Files.writeString(
        file,
        String.join(
            System.lineSeparator(),
            // The adapter's own default broker (used e.g. when message-driven beans deploy).
            "create-resource-adapter-config --property ConnectionURL=mq\\://"
                + brokerAddress.replace(":", "\\:")
                + " imqjmsra",
            "deploy --name imqjmsra --type rar " + rar,
            ""));
    return file;
  }

  private void awaitReady(Duration timeout) throws Exception {
    var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var request =
        HttpRequest.newBuilder(URI.create(url() + "health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + "; see " + log);
      }
      if (BOOT_COMMAND_FAILED
          .matcher(new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1))
          .find()) {
        close();
        throw new BootCommandFailed("A boot command failed; see " + log);
      }
      try {
        // Micro answers its health endpoint before the application is deployed; the app's own
        // checks (database, broker) appear only once it is.
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200
            && response.body().contains("\"database\"")
            && http.send(HttpRequest.newBuilder(URI.create(url())).build(), discard()).statusCode()
                == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("Payara Micro was not ready in time; see " + log);
  }

  private static HttpResponse.BodyHandler<Void> discard() {
    return HttpResponse.BodyHandlers.discarding();
  }

  public String url() {
    return "http://localhost:" + port + "/";
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public void waitFor() throws InterruptedException {
    process.waitFor();
  }

  @Override
  public void close() {
    ProcessTree.stop(process.toHandle(), Duration.ofSeconds(30));
  }
}
