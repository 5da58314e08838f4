package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.ConflictException;
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

  @Test
  void isDeletedOnlyWithoutProjectsAndNeverWithInvoicedTime() {
    var client =
        new DeskClient(7, new ClientDetails("Ada", null, null, null, null, null), Instant.EPOCH);
    client.requireDeletable(0, 0);
    assertThatThrownBy(() -> client.requireDeletable(2, 0))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "“Ada” has projects. Archive the client instead, or delete its projects first.");
    assertThatThrownBy(() -> client.requireDeletable(2, 5))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("has invoiced time");
    client.archive();
    assertThat(client.isArchived()).isTrue();
    client.restore();
    assertThat(client.isArchived()).isFalse();
  }

  @Test
  void aMembersEntryKeepsTheirEmailUnlessTheBookWouldRefuseIt() {
    assertThat(ClientDetails.ofMember("Carla", "Carla@Acme.test", 9))
        .isEqualTo(new ClientDetails("Carla", "carla@acme.test", null, null, null, 9L));
    assertThat(ClientDetails.ofMember("Carla", "carla@localhost", 9).email()).isNull();
  }
}
