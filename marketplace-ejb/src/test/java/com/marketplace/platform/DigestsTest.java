package com.marketplace.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void writesSha256AsLowerCaseHex() {
    assertThat(Digests.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void fingerprintsKeepTheirPartsApart() {
    assertThat(Digests.fingerprint("ab", "c")).isNotEqualTo(Digests.fingerprint("a", "bc"));
    assertThat(Digests.fingerprint("topUp", 7, 500L))
        .isEqualTo(Digests.fingerprint("topUp", 7, 500L));
    assertThat(Digests.fingerprint((Object) null)).isEqualTo(Digests.fingerprint("null"));
  }
}
