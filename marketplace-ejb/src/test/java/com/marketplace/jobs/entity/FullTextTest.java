package com.marketplace.jobs.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextTest {

  @Test
  void everyWordIsRequiredAsAPrefix() {
    assertThat(FullText.booleanQuery("java developer")).isEqualTo("+java* +developer*");
    assertThat(FullText.booleanQuery("  Café   logo ")).isEqualTo("+Café* +logo*");
  }

  @Test
  void operatorsTypedIntoTheBoxAreOnlySeparators() {
    assertThat(FullText.booleanQuery("-rust +\"golang\"* (web)~ @php"))
        .isEqualTo("+rust* +golang* +web* +php*")
        .doesNotContain("\"", "(", "~", "@", "-");
  }

  @Test
  void aPastedPageOfTextUsesOnlyItsFirstWords() {
    String page = String.join(" ", java.util.Collections.nCopies(5_000, "alpha beta"));
    assertThat(FullText.words(page)).hasSize(FullText.MAX_WORDS);
    assertThat(FullText.booleanQuery(page).split(" ")).hasSize(FullText.MAX_WORDS);
  }

  @Test
  void wordsTheIndexDoesNotHoldLeaveTheSearchToAScan() {
    assertThat(FullText.booleanQuery("ui designer")).isNull();
    assertThat(FullText.booleanQuery("c++")).isNull();
    assertThat(FullText.booleanQuery("!!!")).isNull();
  }
}
