package com.marketplace.desk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClientSearchTest {

  @Test
  void findsTheTextAnywhereWhateverItsCase() {
    assertThat(new ClientSearch("  Müller ", null, false).pattern()).isEqualTo("%müller%");
    assertThat(new ClientSearch(" ", "", true))
        .isEqualTo(new ClientSearch(null, null, true))
        .extracting(ClientSearch::pattern)
        .isNull();
  }

  @Test
  void wildcardsAreMatchedLiterally() {
    assertThat(new ClientSearch("50%_off!", null, false).pattern()).isEqualTo("%50!%!_off!!%");
  }

  @Test
  void aSearchHasItsBound() {
    assertThatThrownBy(() -> new ClientSearch("x".repeat(ClientSearch.TEXT_MAX + 1), null, false))
        .isInstanceOf(InvalidInputException.class);
  }
}
