package com.marketplace.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider used for new payments: {@code marketplace.payments.provider}, which has no default.
 * The sandbox, whose test cards always succeed, is a development choice: it is refused unless
 * {@code marketplace.dev-mode} is on (the quick start and the tests turn it on). The application
 * refuses to start with no provider or with the sandbox outside development, so a production
 * workspace can never hand out money nobody paid.
 */
@ApplicationScoped
public class Gateways {

  @Inject @Any Instance<PaymentGateway> all;

  @Inject
  @ConfigProperty(name = "marketplace.payments.provider")
  Optional<String> provider;

  @Inject
  @ConfigProperty(name = "marketplace.dev-mode", defaultValue = "false")
  boolean devMode;

  /** Checked as the application starts: a wrong choice stops the deployment with its reason. */
  void checkOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    current();
  }

  public PaymentGateway current() {
    return named(choose(provider, devMode, all.stream().map(PaymentGateway::name).toList()));
  }

  /** The provider of an existing payment, to settle it with the provider that took it. */
  public PaymentGateway named(String name) {
    return all.stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No payment provider " + name));
  }

  static String choose(Optional<String> configured, boolean devMode, List<String> known) {
    String name =
        configured
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No payment provider configured: set marketplace.payments.provider"
                            + " (MARKETPLACE_PAYMENTS_PROVIDER) to one of "
                            + known));
    if (!known.contains(name)) {
      throw new IllegalStateException(
          "Unknown payment provider " + name + ": choose one of " + known);
    }
    if (name.equals(SandboxGateway.NAME) && !devMode) {
      throw new IllegalStateException(
          "The sandbox payment provider accepts test cards and is for development only: turn on"
              + " marketplace.dev-mode (MARKETPLACE_DEV_MODE) to use it, or configure a real"
              + " provider");
    }
    return name;
  }
}
