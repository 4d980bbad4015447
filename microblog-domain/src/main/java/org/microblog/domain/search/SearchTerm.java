package org.microblog.domain.search;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One part of a {@link SearchQuery}: a word, or a {@code "quoted phrase"} (words that must follow
 * one another), wanted or, written with a leading {@code -}, excluded.
 *
 * @param words normal forms ({@link SearchWords#normalize}), at least one
 * @param excluded whether a match must not contain it
 */
public record SearchTerm(List<String> words, boolean excluded) {
  public SearchTerm {
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a search term has at least one word");
    }
  }

  public boolean isPhrase() {
    return words.size() > 1;
  }

  /** True when the words (normal forms, in order) contain this term's words in a row. */
  public boolean foundIn(List<String> text) {
    return Collections.indexOfSubList(text, words) >= 0;
  }
}
