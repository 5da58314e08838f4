package com.marketplace.devstack;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An OpenMQ broker in its own process, started from the unpacked distribution. Stopping it stops
 * the broker JVM itself: the {@code imqbrokerd} script's child outlives the script.
 */
public final class OpenMqBroker implements AutoCloseable {

  private final Process process;
  private final int port;

  private OpenMqBroker(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param openMq the unpacked {@code mq-distribution} (containing {@code mq/bin/imqbrokerd})
   * @param varHome where the broker keeps its instance data and log
   */
  public static OpenMqBroker start(Path openMq, Path varHome, int port) throws Exception {
    Files.createDirectories(varHome);
    Path script = openMq.resolve("mq/bin/imqbrokerd");
    script.toFile().setExecutable(true);
    var command =
        List.of(
            "bash",
            script.toString(),
            "-javahome",
            System.getProperty("java.home"),
            "-varhome",
            varHome.toString(),
            "-name",
            "marketplace",
            "-port",
            Integer.toString(port),
            "-silent",
            "-vmargs",
            "-Xms64m -Xmx256m");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(varHome.resolve("broker-console.log").toFile())
            .start();
    var broker = new OpenMqBroker(process, port);
    broker.awaitListening(Duration.ofSeconds(60));
    return broker;
  }

  private void awaitListening(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The OpenMQ broker exited with " + process.exitValue());
      }
      try (var ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    close();
    throw new IllegalStateException("The OpenMQ broker did not listen on port " + port);
  }

  public String address() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    ProcessTree.stop(process.toHandle(), Duration.ofSeconds(20));
  }
}
