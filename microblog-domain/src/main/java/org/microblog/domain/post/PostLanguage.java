package org.microblog.domain.post;

import java.util.Locale;
import java.util.Set;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Language;

/**
 * The language a post is written in: any ISO 639-1 code ({@link Locale#getISOLanguages()}), two
 * lower-case letters, as a page's {@code lang} attribute takes it. Posts may be in languages the
 * site itself does not speak.
 */
public record PostLanguage(String code) {
  private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

  public PostLanguage {
    if (code == null || code.length() != 2 || !CODES.contains(code)) {
      throw DomainException.invalid("language.unknown", "Choose a language from the list.");
    }
  }

  /** A post in one of the site's own languages. */
  public static PostLanguage of(Language language) {
    return new PostLanguage(language.code());
  }

  /** The language's name in itself ("español", "日本語"), for the post form's list. */
  public String nativeName() {
    Locale locale = Locale.forLanguageTag(code);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
