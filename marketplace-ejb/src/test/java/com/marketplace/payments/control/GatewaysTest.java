package com.marketplace.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewaysTest {

  private static final List<String> KNOWN = List.of("sandbox", "stripe");

  @Test
  void noProviderConfiguredRefusesToStart() {
    assertThatThrownBy(() -> Gateways.choose(Optional.empty(), true, KNOWN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No payment provider configured");
    assertThatThrownBy(() -> Gateways.choose(Optional.of("  "), false, KNOWN))
        .hasMessageContaining("No payment provider configured");
  }

  @Test
  void theSandboxIsRefusedOutsideDevelopment() {
    assertThatThrownBy(() -> Gateways.choose(Optional.of("sandbox"), false, KNOWN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("development only");
    assertThat(Gateways.choose(Optional.of("sandbox"), true, KNOWN)).isEqualTo("sandbox");
  }

  @Test
  void aRealProviderIsAcceptedEverywhere() {
    assertThat(Gateways.choose(Optional.of("stripe"), false, KNOWN)).isEqualTo("stripe");
    assertThat(Gateways.choose(Optional.of(" stripe "), true, KNOWN)).isEqualTo("stripe");
  }

  @Test
  void anUnknownProviderIsRefused() {
    assertThatThrownBy(() -> Gateways.choose(Optional.of("paypal"), true, KNOWN))
        .hasMessageContaining("Unknown payment provider paypal");
  }
}
