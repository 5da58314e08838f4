package com.marketplace.search.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void theTextIsStrippedAndLookedUpFromTwoCharacters() {
    assertThat(SearchQuery.of("  logo ").text()).isEqualTo("logo");
    assertThat(SearchQuery.of("ab").searchable()).isTrue();
    assertThat(SearchQuery.of(" a ").searchable()).isFalse();
    assertThat(SearchQuery.of("   ").text()).isNull();
    assertThat(SearchQuery.of(null).searchable()).isFalse();
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedNotCut() {
    assertThat(SearchQuery.of("x".repeat(SearchQuery.MAX)).text()).hasSize(SearchQuery.MAX);
    assertThat(SearchQuery.of(" " + "x".repeat(SearchQuery.MAX) + " ").searchable()).isTrue();
    assertThatThrownBy(() -> SearchQuery.of("x".repeat(SearchQuery.MAX + 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Search for at most 100 characters.");
  }

  @Test
  void aTextTooShortIsAnsweredWithWhyAndNoGroups() {
    var answer = SearchResults.notSearched(SearchQuery.of("a"));
    assertThat(answer.groups()).isEmpty();
    assertThat(answer.message()).isEqualTo("Type at least 2 characters to search.");
    assertThat(SearchResults.notSearched(SearchQuery.of("")).message()).isNull();
  }

  @Test
  void aGroupShowsAtMostFiveAndSaysWhenThereAreMore() {
    var six = List.of(1L, 2L, 3L, 4L, 5L, 6L);
    var group =
        SearchGroup.of(SearchGroup.Kind.JOBS, six, id -> new SearchHit(id, "Job " + id, ""));
    assertThat(group.hits()).extracting(SearchHit::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(group.more()).isTrue();
    var five =
        SearchGroup.of(SearchGroup.Kind.JOBS, six.subList(0, 5), id -> new SearchHit(id, "", ""));
    assertThat(five.more()).isFalse();
    var none = SearchGroup.of(SearchGroup.Kind.CLIENTS, List.<Long>of(), id -> null);
    assertThat(none.none()).isTrue();
    assertThat(new SearchResults("x", List.of(none, group), null).found()).isTrue();
    assertThat(new SearchResults("x", List.of(none), null).found()).isFalse();
  }
}
