package org.microblog.domain.post;

/**
 * Finds where a web address written in text ends, in one pass: at whitespace, an invisible
 * formatting character (zero-width, bidirectional controls: a link must not hide part of itself) or
 * a character that cannot stand in an address; then punctuation that closes the sentence is handed
 * back, and so is a closing parenthesis the address did not open ({@code (see
 * https://en.wikipedia.org/wiki/Java_(programming_language))} keeps the inner pair).
 */
final class LinkScanner {
  private static final String HTTP = "http://";
  private static final String HTTPS = "https://";
  private static final String SENTENCE_END = ".,;:!?'\"";

  private LinkScanner() {}

  /**
   * True when an {@code http://} or {@code https://} address, in any case, starts at {@code at}.
   */
  static boolean startsWithScheme(String text, int at) {
    return text.regionMatches(true, at, HTTP, 0, HTTP.length())
        || text.regionMatches(true, at, HTTPS, 0, HTTPS.length());
  }

  /**
   * The end (exclusive) of the address starting at {@code start}, or -1 when there is none: the
   * scheme must be followed by a host that starts with a letter, a digit or {@code [}.
   */
  static int end(String text, int start) {
    int hostStart =
        start
            + (text.regionMatches(true, start, HTTPS, 0, HTTPS.length())
                ? HTTPS.length()
                : HTTP.length());
    if (hostStart >= text.length()) {
      return -1;
    }
    int first = text.codePointAt(hostStart);
    if (!Character.isLetterOrDigit(first) && first != '[') {
      return -1;
    }
    int end = hostStart;
    int opened = 0;
    int closed = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (endsAddress(cp)) {
        break;
      }
      opened += cp == '(' ? 1 : 0;
      closed += cp == ')' ? 1 : 0;
      end += Character.charCount(cp);
    }
    while (end > hostStart) {
      char last = text.charAt(end - 1);
      if (SENTENCE_END.indexOf(last) >= 0) {
        end--;
      } else if (last == ')' && closed > opened) {
        closed--;
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean endsAddress(int cp) {
    int type = Character.getType(cp);
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || cp == '<'
        || cp == '>'
        || cp == '"';
  }
}
