package org.microblog.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A text cut into pieces, the words a search looked for marked, so that a renderer can wrap them
 * (escaped) in {@code <mark>} without ever treating the text as HTML. Joining the pieces gives back
 * the text.
 */
public final class Highlight {
  private Highlight() {}

  /** One piece of the text; {@code marked} when it is a word that was looked for. */
  public record Piece(String text, boolean marked) {
    public Piece {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * @param words normal forms ({@link SearchWords#normalize}) to mark
   */
  public static List<Piece> of(String text, Set<String> words) {
    List<Piece> pieces = new ArrayList<>();
    int done = 0;
    for (SearchWords.Span span : SearchWords.spans(text)) {
      if (words.contains(span.word())) {
        if (span.start() > done) {
          pieces.add(new Piece(text.substring(done, span.start()), false));
        }
        pieces.add(new Piece(text.substring(span.start(), span.end()), true));
        done = span.end();
      }
    }
    if (done < text.length() || pieces.isEmpty()) {
      pieces.add(new Piece(text.substring(done), false));
    }
    return List.copyOf(pieces);
  }
}
