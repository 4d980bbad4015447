package org.microblog.adapter.web.language;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.microblog.domain.user.Language;

/**
 * One language in the switcher and the settings form.
 *
 * @param code the ISO 639-1 code, the form's value
 * @param name the language's name in itself
 * @param selected whether it is the page's language
 */
public record LanguageOption(String code, String name, boolean selected) {

  /** Every language the site speaks, marking {@code selected} if there is one. */
  public static List<LanguageOption> all(Optional<Language> selected) {
    return Arrays.stream(Language.values())
        .map(l -> new LanguageOption(l.code(), l.nativeName(), selected.equals(Optional.of(l))))
        .toList();
  }
}
