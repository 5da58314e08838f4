package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeskClientTest {

  @Test
  void keepsWhatTheFreelancerWritesTidy() {
    var client =
        new DeskClient(
            7,
            new ClientDetails(
                " Zoë Müller ", "Zoe@Example.COM ", "+49 30 1234-567", "", null, null),
            Instant.EPOCH);
    assertThat(client.getName()).isEqualTo("Zoë Müller");
    assertThat(client.getEmail()).isEqualTo("zoe@example.com");
    assertThat(client.getCompany()).isNull();
    assertThat(client.ownedBy(7)).isTrue();
    assertThat(client.ownedBy(8)).isFalse();
  }

  @Test
  void refusesWhatIsNotAnEmailOrAPhoneNumber() {
    assertThatThrownBy(
            () ->
                new DeskClient(
                    7,
                    new ClientDetails("A", "not-an-email", null, null, null, null),
                    Instant.EPOCH))
        .hasMessage("Enter a valid email address.");
    assertThatThrownBy(
            () ->
                new DeskClient(
                    7, new ClientDetails("A", null, "call me", null, null, null), Instant.EPOCH))
        .hasMessageStartingWith("A phone number has digits");
    assertThatThrownBy(
            () ->
                new DeskClient(
                    7, new ClientDetails(" ", null, null, null, null, null), Instant.EPOCH))
        .hasMessage("The client's name is required.");
  }
}
