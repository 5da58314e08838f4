package com.marketplace.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberRefTest {

  @Test
  void principalNameRoundTrips() {
    var ref = new MemberRef(7, 42);
    assertThat(ref.principalName()).isEqualTo("7/42");
    assertThat(MemberRef.parse("7/42")).contains(ref);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"ANONYMOUS", "7", "7/", "/42", "a/b", "7/42/1", " 7/42"})
  void anythingElseIsNoMember(String name) {
    assertThat(MemberRef.parse(name)).isEmpty();
  }
}
