package org.microblog.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search cuts text into words and compares them: a word is a run of letters, digits and
 * combining marks (anything else, {@code _}, {@code @}, {@code #} and {@code -} included, separates
 * words, as PostgreSQL's text search parser does), and two words match when their {@link #normalize
 * normal forms} are equal: accents dropped and case folded, so {@code Café}, {@code CAFE} and
 * {@code cafe\u0301} are one word.
 */
public final class SearchWords {
  private SearchWords() {}

  /** Where one word lies in a text, and its normal form. */
  public record Span(int start, int end, String word) {}

  /** Every word of the text, in order, repeats included. */
  public static List<Span> spans(String text) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordPart(cp) || isMark(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordPart(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      spans.add(new Span(start, i, normalize(text.substring(start, i))));
    }
    return spans;
  }

  /** The normal forms of every word of the text, in order, repeats included. */
  public static List<String> of(String text) {
    return spans(text).stream().map(Span::word).toList();
  }

  /**
   * A word's normal form: decomposed, without combining marks, upper- then lower-cased in {@link
   * Locale#ROOT} (close to Unicode case folding: {@code ß} becomes {@code ss}), recomposed.
   */
  public static String normalize(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(bare::appendCodePoint);
    String folded = bare.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
