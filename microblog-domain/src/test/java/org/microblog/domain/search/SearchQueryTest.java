package org.microblog.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class SearchQueryTest {

  @Test
  void readsWordsPhrasesAndExclusions() {
    SearchQuery query = new SearchQuery("  Café \"Open Source\" -java -\"big data\" café ");

    assertThat(query.terms())
        .containsExactly(
            new SearchTerm(List.of("cafe"), false),
            new SearchTerm(List.of("open", "source"), false),
            new SearchTerm(List.of("java"), true),
            new SearchTerm(List.of("big", "data"), true));
    assertThat(query.wantedWords()).containsExactly("cafe", "open", "source");
    assertThat(query.text()).isEqualTo("Café \"Open Source\" -java -\"big data\" café");
  }

  @Test
  void punctuationSeparatesWordsAndAnUnclosedQuoteRunsToTheEnd() {
    assertThat(new SearchQuery("e-mail #Tag @bob_smith").terms())
        .extracting(SearchTerm::words)
        .containsExactly(List.of("e", "mail"), List.of("tag"), List.of("bob", "smith"));
    assertThat(new SearchQuery("say \"hello world").terms())
        .extracting(SearchTerm::words)
        .containsExactly(List.of("say"), List.of("hello", "world"));
  }

  @Test
  void matchesIgnoringCaseAndAccentsEveryWordAndNoExcludedOne() {
    SearchQuery query = new SearchQuery("CAFE noir -sucre");

    assertThat(query.matches("Un café bien noir")).isTrue();
    assertThat(query.matches("Un cafe\u0301 NOIR")).isTrue();
    assertThat(query.matches("Un café")).as("every word must match").isFalse();
    assertThat(query.matches("café noir, sucré")).as("an excluded word").isFalse();
    assertThat(query.matches("cafétéria noire")).as("whole words only").isFalse();
  }

  @Test
  void aPhraseMatchesItsWordsInARowOnly() {
    SearchQuery query = new SearchQuery("\"open source\"");

    assertThat(query.matches("Open-source rocks")).isTrue();
    assertThat(query.matches("source open")).isFalse();
  }

  @Test
  void speaksPostgresWebsearchWithEveryTermQuoted() {
    assertThat(new SearchQuery("Or café -\"big data\" x\"y").websearch())
        .isEqualTo("\"or\" \"cafe\" -\"big data\" \"x y\"");
  }

  @Test
  void acceptsTwoHundredCharactersAndRefusesMore() {
    String longest = "a".repeat(SearchQuery.MAX_LENGTH);
    assertThat(new SearchQuery(longest).text()).hasSize(200);

    assertThatThrownBy(() -> new SearchQuery(longest + "b"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("q.length");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!! ???", "-excluded", "-\"only this\"", "\"\"", "-"})
  void refusesAQueryWithoutAWordToLookFor(String text) {
    assertThatThrownBy(() -> new SearchQuery(text))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("q.words"));
  }

  @Test
  void refusesControlCharactersAndTooManyWords() {
    assertThatThrownBy(() -> new SearchQuery("a\u0000b"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("q.characters"));
    assertThatThrownBy(() -> new SearchQuery(manyWords(SearchQuery.MAX_WORDS + 1)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("q.words"));
    assertThat(new SearchQuery(manyWords(SearchQuery.MAX_WORDS)).terms()).hasSize(16);
  }

  private static String manyWords(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("w").append(i).append(' ');
    }
    return text.toString();
  }
}
