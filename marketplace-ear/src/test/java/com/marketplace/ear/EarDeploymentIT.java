package com.marketplace.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketplace.it.Api;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the EAR to a full Payara Server domain (ports from base 21000) against the test database
 * and broker, and uses the application through its pages and API: so the EAR is never a dead
 * artifact.
 */
class EarDeploymentIT {

  static final int PORT_BASE = 21000;
  static final String DOMAIN = "marketplace-it";
  static Path asadmin;
  static Path domains;
  static URL base;

  @BeforeAll
  static void deploy() throws Exception {
    Path home = Path.of(System.getProperty("payara.home"));
    asadmin = home.resolve("bin/asadmin");
    asadmin.toFile().setExecutable(true);
    domains = Path.of(System.getProperty("marketplace.stack.dir")).resolve("domains");
    Files.createDirectories(domains);
    asadmin(
        "create-domain",
        "--domaindir",
        domains.toString(),
        "--portbase",
        Integer.toString(PORT_BASE),
        "--nopassword=true",
        DOMAIN);
    asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN);
    // The same OpenMQ resource adapter as on Payara Micro, under the same name, pointed at the
    // broker; the server's own built-in broker stays unused.
    String admin = Integer.toString(PORT_BASE + 48);
    asadmin(
        "--port",
        admin,
        "create-resource-adapter-config",
        "--property",
        "ConnectionURL=mq\\://" + System.getProperty("it.mq.address").replace(":", "\\:"),
        "imqjmsra");
    Path rar = Path.of(System.getProperty("marketplace.runtime.dir"), "openmq/mq/lib/imqjmsra.rar");
    asadmin("--port", admin, "deploy", "--name", "imqjmsra", "--type", "rar", rar.toString());
    asadmin(
        "--port", admin, "deploy", "--name", "marketplace", System.getProperty("marketplace.ear"));
    base = URI.create("http://localhost:" + (PORT_BASE + 80) + "/").toURL();
  }

  @AfterAll
  static void stop() throws Exception {
    if (asadmin != null) {
      asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN);
    }
  }

  @Test
  void earServesPagesAndRunsBoundariesPersistenceAndMessaging() {
    var api = new Api(base);
    var home = api.get("");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Run your own freelance marketplace");

    String slug = Api.uniqueSlug("ear");
    assertThat(api.signUpBusiness(slug, "owner@ear.test").status()).isEqualTo(201);
    assertThat(api.get("t/" + slug).body()).contains("Business " + slug);
    assertThat(api.signIn(slug, "owner@ear.test").status()).isEqualTo(200);
    assertThat(api.get("api/v1/members").array()).hasSize(1);

    // The welcome notification comes from the message-driven bean through the broker.
    List<JsonObject> inbox = List.of();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (inbox.isEmpty() && Instant.now().isBefore(deadline)) {
      inbox = api.get("api/v1/notifications").array().getValuesAs(JsonObject.class);
    }
    assertThat(inbox)
        .extracting(n -> n.getString("message"))
        .containsExactly("Welcome to Business " + slug + ", Owner of " + slug + "!");
  }

  private static void asadmin(String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>(List.of("bash", asadmin.toString()));
    command.addAll(List.of(args));
    var process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    Path.of(System.getProperty("marketplace.stack.dir"), "asadmin.log").toFile()));
    // The server reads its configuration from the environment (MicroProfile Config).
    process
        .environment()
        .putAll(
            Map.of(
                "MARKETPLACE_DB_URL",
                System.getProperty("it.db.url"),
                "MARKETPLACE_DB_USER",
                "marketplace",
                "MARKETPLACE_DB_PASSWORD",
                com.marketplace.devstack.IntegrationStack.DB_PASSWORD,
                "MARKETPLACE_MQ_ADDRESS",
                System.getProperty("it.mq.address"),
                "MARKETPLACE_MQ_USER",
                "guest",
                "MARKETPLACE_MQ_PASSWORD",
                "guest",
                // production shape: a real provider, chosen explicitly, and no development mode
                "MARKETPLACE_PAYMENTS_PROVIDER",
                "stripe",
                "MARKETPLACE_STRIPE_WEBHOOK_SECRET",
                "ear-webhook-secret"));
    Process p = process.start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin "
              + String.join(" ", args)
              + " failed; see asadmin.log and the domain's server.log");
    }
  }
}
