package com.marketplace.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberTest {

  @Test
  void emailIsTrimmedAndLowerCased() {
    var m = new Member("  Jane.Doe@Example.COM ", "Jane", "hash", Role.CLIENT, Instant.EPOCH);
    assertThat(m.getEmail()).isEqualTo("jane.doe@example.com");
    assertThat(m.isActive()).isTrue();
  }

  @Test
  void refusesInvalidEmailAndBlankName() {
    assertThatThrownBy(() -> new Member("not-an-email", "Jane", "h", Role.CLIENT, Instant.EPOCH))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Member("a@b.co", "  ", "h", Role.CLIENT, Instant.EPOCH))
        .hasMessageContaining("name is required");
  }

  @Test
  void suspendAndReinstate() {
    var m = new Member("a@b.co", "A", "h", Role.FREELANCER, Instant.EPOCH);
    m.suspend();
    assertThat(m.isActive()).isFalse();
    assertThat(m.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
    m.reinstate();
    assertThat(m.isActive()).isTrue();
  }

  @Test
  void ownerCannotBeSuspended() {
    var owner = new Member("o@b.co", "O", "h", Role.OWNER, Instant.EPOCH);
    assertThatThrownBy(owner::suspend).hasMessageContaining("owner cannot be suspended");
    assertThat(owner.isActive()).isTrue();
  }

  @Test
  void onlyClientsAndFreelancersRegisterThemselves() {
    assertThat(Role.CLIENT.selfRegistrable()).isTrue();
    assertThat(Role.FREELANCER.selfRegistrable()).isTrue();
    assertThat(Role.OWNER.selfRegistrable()).isFalse();
    assertThat(Role.PORTAL.selfRegistrable()).isFalse();
  }

  @Test
  void anInvitedAccountHasNoPasswordUntilItSetsOne() {
    var m = Member.withoutPassword("p@b.co", "Pat", Role.PORTAL, Instant.EPOCH);
    assertThat(m.hasPassword()).isFalse();
    assertThat(m.isEmailVerified()).isFalse();
    long epoch = m.getSessionEpoch();
    m.setNewPassword("hash");
    assertThat(m.hasPassword()).isTrue();
    assertThat(m.getSessionEpoch()).isEqualTo(epoch + 1);
  }

  @Test
  void theFirstConfirmationOfTheAddressCounts() {
    var m = new Member("a@b.co", "A", "h", Role.CLIENT, Instant.EPOCH);
    m.verifyEmail(Instant.EPOCH.plusSeconds(10));
    m.verifyEmail(Instant.EPOCH.plusSeconds(99));
    assertThat(m.isEmailVerified()).isTrue();
    assertThat(m.getEmailVerifiedAt()).isEqualTo(Instant.EPOCH.plusSeconds(10));
  }
}
