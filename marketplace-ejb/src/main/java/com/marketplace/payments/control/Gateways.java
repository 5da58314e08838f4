package com.marketplace.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The provider used for new payments ({@code marketplace.payments.provider}, sandbox default). */
@ApplicationScoped
public class Gateways {

  @Inject @Any Instance<PaymentGateway> all;

  @Inject
  @ConfigProperty(name = "marketplace.payments.provider", defaultValue = SandboxGateway.NAME)
  String provider;

  public PaymentGateway current() {
    return named(provider);
  }

  public PaymentGateway named(String name) {
    return all.stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No payment provider " + name));
  }
}
