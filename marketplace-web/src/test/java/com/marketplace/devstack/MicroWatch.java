package com.marketplace.devstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestResult;
import org.jboss.arquillian.test.spi.event.suite.Test;

/**
 * Keeps one test class's Payara Micro from costing the next class its run. Each class's Micro is
 * stopped when its deployment is undeployed (the container's own stop, at the end of the suite,
 * does nothing), with a plain SIGTERM and no wait: a Micro that only shuts down slowly keeps the
 * HTTP port, and the next class's Micro, started a second later, cannot bind it (its boot fails
 * with "Address already in use"); meanwhile its timers still work on the shared database. So after
 * each undeployment the test client waits for the process to end, kills it when it does not, and
 * waits for the port. And when a test fails, Micro prints its threads (SIGQUIT) into the build's
 * log, so a stall can be read afterwards.
 */
public class MicroWatch implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(MicroWatch.class.getName());
  private static final Duration GRACE = Duration.ofSeconds(30);
  private static final Duration PORT_PATIENCE = Duration.ofSeconds(30);

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Watching.class);
  }

  /** Observes tests and container stops, on the test client. */
  public static class Watching {

    @Inject Instance<TestResult> result;

    public void dumpOnFailure(@Observes EventContext<Test> test) {
      test.proceed();
      TestResult outcome = result.get();
      if (outcome != null && outcome.getStatus() == TestResult.Status.FAILED) {
        List<ProcessHandle> micros = micros();
        micros.forEach(
            micro -> {
              LOG.warning(
                  () ->
                      "A test failed: Payara Micro (pid "
                          + micro.pid()
                          + ") prints its threads below");
              threadDump(micro);
            });
      }
    }

    public void awaitEndOfClass(@Observes AfterUnDeploy undeployed) throws InterruptedException {
      awaitEnd();
    }

    public void awaitEndOfSuite(@Observes AfterStop stopped) throws InterruptedException {
      awaitEnd();
    }

    private void awaitEnd() throws InterruptedException {
      for (ProcessHandle micro : micros()) {
        Instant stopped = Instant.now();
        micro.destroy();
        try {
          micro.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
          LOG.info(
              () ->
                  "Payara Micro (pid "
                      + micro.pid()
                      + ") ended "
                      + Duration.between(stopped, Instant.now()).toMillis()
                      + " ms after it was stopped");
        } catch (Exception stillRunning) {
          LOG.warning(
              () ->
                  "Payara Micro (pid "
                      + micro.pid()
                      + ") did not end within "
                      + GRACE
                      + " of being stopped: its threads below, then it is killed");
          threadDump(micro);
          Thread.sleep(1000);
          micro.destroyForcibly();
          try {
            micro.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
          } catch (Exception e) {
            LOG.severe(() -> "Payara Micro (pid " + micro.pid() + ") could not be killed");
          }
        }
      }
      Integer port = Integer.getInteger("it.micro.port");
      if (port != null) {
        Instant end = Instant.now().plus(PORT_PATIENCE);
        while (!Ports.isFree(port) && Instant.now().isBefore(end)) {
          Thread.sleep(200);
        }
      }
    }

    /** This JVM's Payara Micro processes (Arquillian starts each as a child of the test JVM). */
    private static List<ProcessHandle> micros() {
      return ProcessHandle.current()
          .children()
          .filter(
              p -> p.info().commandLine().map(line -> line.contains("payara-micro")).orElse(false))
          .toList();
    }

    private static void threadDump(ProcessHandle micro) {
      try {
        new ProcessBuilder("kill", "-QUIT", Long.toString(micro.pid()))
            .inheritIO()
            .start()
            .waitFor(10, TimeUnit.SECONDS);
      } catch (IOException e) {
        LOG.warning(() -> "No thread dump of pid " + micro.pid() + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
