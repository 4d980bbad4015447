package org.microblog.adapter.web.i18n;

import java.util.List;

/**
 * A sentence to be shown in the reader's language, chosen before the language is known: a form's
 * message for a field, a notice, an error page's explanation. Templates write it with {@code {{t
 * phrase}}}; {@link Translations} turns it into text.
 *
 * @param key the bundle key
 * @param english what to show when no bundle has the key (a rule's own English message)
 * @param args the values for the pattern's {@code {0}}, {@code {1}}, ...
 */
public record Phrase(String key, String english, List<Object> args) {
  public Phrase {
    args = List.copyOf(args);
  }

  /** A phrase with no values, whose key every bundle has. */
  public static Phrase of(String key, Object... args) {
    return new Phrase(key, key, List.of(args));
  }

  /** A domain rule's message: its key under {@code rule.}, its own English text as a fallback. */
  public static Phrase rule(String key, String english) {
    return known("rule." + key, english);
  }

  /**
   * A sentence that comes with its English text only (a rule that words one key two ways, a rate
   * limit's or an OAuth refusal's message): {@link Translations} shows the text of the key under
   * {@code group} whose English text it is ({@code group} itself or {@code group.<variant>}, a
   * pattern's values read back out of the sentence), and the English sentence when none is.
   */
  public static Phrase known(String group, String english) {
    return new Phrase(group, english, List.of());
  }
}
