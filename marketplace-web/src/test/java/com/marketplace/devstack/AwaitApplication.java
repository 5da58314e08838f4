package com.marketplace.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Every test class boots its own Payara Micro, and Micro can report the deployment before its
 * listener accepts connections or before the application's context is mapped: the first requests
 * then meet a refused connection or a 404. So after each deployment the test client waits until the
 * application itself answers.
 */
public class AwaitApplication implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(AwaitApplication.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Answering.class);
  }

  /** Observes each deployment, on the test client. */
  public static class Answering {

    public void await(@Observes AfterDeploy event) throws InterruptedException {
      String port = System.getProperty("it.micro.port");
      if (port == null) {
        return;
      }
      // the context root is the archive's name (marketplace.war → /marketplace)
      String context = event.getDeployment().getArchive().getName().replaceFirst("\\.war$", "");
      var probe = URI.create("http://127.0.0.1:" + port + "/" + context + "/api/v1/session");
      var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Instant start = Instant.now();
      Instant end = start.plus(PATIENCE);
      String last = "no answer";
      while (Instant.now().isBefore(end)) {
        try {
          int status =
              http.send(
                      HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode();
          if (status != 404 && status < 500) {
            long waited = Duration.between(start, Instant.now()).toMillis();
            if (waited > 500) {
              LOG.info(() -> "The application answered after " + waited + " ms");
            }
            return;
          }
          last = "HTTP " + status;
        } catch (IOException notYet) {
          last = notYet.toString();
        }
        Thread.sleep(250);
      }
      throw new IllegalStateException(
          "The application did not answer at " + probe + " within " + PATIENCE + ": " + last);
    }
  }
}
