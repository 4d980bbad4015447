package org.microblog.domain.shared;

/** Small text rules shared by value objects. */
public final class Text {

  private Text() {}

  /** Length as a person counts it: Unicode code points, not UTF-16 units. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Treats a missing value as empty, so a value object never sees {@code null}. */
  public static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /**
   * True when the text holds a control character other than line breaks and tabs, which have no
   * place in user text and can break logs and rendering.
   */
  public static boolean hasControlCharacters(String text) {
    // Every control character is a single UTF-16 unit, so scanning units finds them all (and is
    // cheaper than a code point stream: this runs for every post read back from the database).
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
        return true;
      }
    }
    return false;
  }
}
