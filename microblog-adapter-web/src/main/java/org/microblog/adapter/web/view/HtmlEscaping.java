package org.microblog.adapter.web.view;

import com.github.jknack.handlebars.EscapingStrategy;

/**
 * The escaping of {@code {{x}}}: the same characters and entities as Handlebars' default ({@link
 * EscapingStrategy#HBS}), in one pass over the text. The default goes through a generic lookup
 * translator that tries every position against a table of strings; it showed as the largest single
 * item in profiles of the timeline pages, which escape every post body, author and link.
 */
public final class HtmlEscaping implements EscapingStrategy {

  @Override
  public CharSequence escape(CharSequence value) {
    if (value == null) {
      return null;
    }
    int length = value.length();
    int first = 0;
    while (first < length && replacement(value.charAt(first)) == null) {
      first++;
    }
    if (first == length) {
      return value;
    }
    StringBuilder escaped = new StringBuilder(length + 16).append(value, 0, first);
    for (int i = first; i < length; i++) {
      char c = value.charAt(i);
      String entity = replacement(c);
      if (entity == null) {
        escaped.append(c);
      } else {
        escaped.append(entity);
      }
    }
    return escaped;
  }

  private static String replacement(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#x27;";
      case '`' -> "&#x60;";
      case '&' -> "&amp;";
      case '=' -> "&#x3D;";
      default -> null;
    };
  }
}
