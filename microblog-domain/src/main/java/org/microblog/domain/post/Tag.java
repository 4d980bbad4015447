package org.microblog.domain.post;

import java.text.Normalizer;
import java.util.Locale;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.shared.Text;

/**
 * A hashtag's name as written, without the {@code #}: 1 to 100 code points of letters of any
 * script, combining marks, decimal digits and {@code _}; it starts with a letter, digit or {@code
 * _} (a mark needs something to sit on) and holds at least one letter, so {@code #1} in "we are #1"
 * is no tag. Two tags are the same topic when their {@link #key()}s are equal.
 */
public record Tag(String name) {
  public static final int MAX_LENGTH = 100;

  /**
   * The longest {@link #key()} in code points: case folding may turn one code point into up to
   * three ({@code ﬃ} into {@code ffi}, {@code ΐ} into three), so storage sized for this holds every
   * key.
   */
  public static final int MAX_KEY_LENGTH = 3 * MAX_LENGTH;

  public Tag {
    name = Text.orEmpty(name).strip();
    if (name.isEmpty() || Text.length(name) > MAX_LENGTH) {
      throw DomainException.invalid(
          "tag.length", "A tag must be between 1 and " + MAX_LENGTH + " characters.");
    }
    if (!isWellFormed(name)) {
      throw DomainException.invalid(
          "tag.characters",
          "A tag may contain only letters, digits and underscores, and needs a letter.");
    }
  }

  /**
   * The form tags are matched on: NFC-normalised and case-folded, so {@code #Café} written with a
   * precomposed or a combining accent, {@code #CAFÉ} and {@code #café} are one tag. Java has no
   * full Unicode case folding; upper- then lower-casing (in {@link Locale#ROOT}, so a Turkish
   * server locale changes nothing) comes close: it also folds Greek final sigma and {@code ß} to
   * {@code ss}.
   */
  public String key() {
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
    String folded = composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  /** The refusal for a tag that no post carries, or a name that can be no tag. */
  public static DomainException unknown() {
    return DomainException.notFound("tag.unknown", "No post carries that tag yet.");
  }

  /** True when both name the same topic, ignoring case and Unicode normalisation. */
  public boolean sameAs(Tag other) {
    return key().equals(other.key());
  }

  /** True for a code point that may continue a tag: a letter, mark, decimal digit or {@code _}. */
  static boolean isTagPart(int codePoint) {
    return Character.isLetter(codePoint) || isMark(codePoint) || isStart(codePoint);
  }

  /** True for a code point that may start a tag: a letter, decimal digit or {@code _}. */
  static boolean isStart(int codePoint) {
    return Character.isLetter(codePoint) || Character.isDigit(codePoint) || codePoint == '_';
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isWellFormed(String name) {
    if (!isStart(name.codePointAt(0))) {
      return false;
    }
    boolean hasLetter = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!isTagPart(cp)) {
        return false;
      }
      hasLetter |= Character.isLetter(cp);
      i += Character.charCount(cp);
    }
    return hasLetter;
  }

  @Override
  public String toString() {
    return name;
  }
}
