package org.microblog.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void cutsAtAnythingButLettersDigitsAndMarks() {
    assertThat(SearchWords.of("Hello, @bob_smith! #Java17 e-mail 日本語"))
        .containsExactly("hello", "bob", "smith", "java17", "e", "mail", "日本語");
  }

  @Test
  void foldsCaseAndDropsAccentsWhateverTheNormalisation() {
    assertThat(SearchWords.normalize("Café")).isEqualTo("cafe");
    assertThat(SearchWords.normalize("CAFE\u0301")).isEqualTo("cafe");
    assertThat(SearchWords.normalize("Straße")).isEqualTo("strasse");
    assertThat(SearchWords.normalize("ÉLAN")).isEqualTo("elan");
  }

  @Test
  void highlightMarksTheWordsAsWrittenAndKeepsEverythingElse() {
    assertThat(Highlight.of("Un CAFÉ, un café?", Set.of("cafe")))
        .containsExactly(
            new Highlight.Piece("Un ", false),
            new Highlight.Piece("CAFÉ", true),
            new Highlight.Piece(", un ", false),
            new Highlight.Piece("café", true),
            new Highlight.Piece("?", false));
    assertThat(Highlight.of("nothing", Set.of("cafe")))
        .containsExactly(new Highlight.Piece("nothing", false));
  }
}
