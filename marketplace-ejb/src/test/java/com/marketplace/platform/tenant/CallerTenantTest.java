package com.marketplace.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTenantTest {

  @Test
  void anApiClientIsNoMemberButActsInItsTokensWorkspace() {
    var client = new ApiClientRef(7, 3);
    assertThat(client.principalName()).isEqualTo("7/token/3");
    assertThat(ApiClientRef.parse("7/token/3")).contains(client);
    assertThat(MemberRef.parse(client.principalName())).isEmpty();
    assertThat(ApiClientRef.parse(new MemberRef(7, 3).principalName())).isEmpty();

    assertThat(CallerTenant.of("7/token/3")).contains(7L);
    assertThat(CallerTenant.of("9/42")).contains(9L);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"ANONYMOUS", "7/token/", "7/tokens/3", "token/3", "7/token/3/1", " 7/token/3"})
  void anythingElseHasNoTenant(String name) {
    assertThat(ApiClientRef.parse(name)).isEmpty();
    assertThat(CallerTenant.of(name)).isEmpty();
  }
}
