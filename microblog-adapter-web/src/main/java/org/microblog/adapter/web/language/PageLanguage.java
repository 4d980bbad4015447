package org.microblog.adapter.web.language;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.microblog.adapter.web.i18n.TextHelpers;
import org.microblog.adapter.web.view.PageDecorator;
import org.microblog.domain.user.Language;

/**
 * Gives every page its language: {@code lang} (the code, for {@code <html lang>} and for the {@code
 * t} and {@code time} helpers), {@code languages} for the switcher, and {@code here}, the address
 * the switcher comes back to.
 */
@Singleton
final class PageLanguage implements PageDecorator {
  private final LanguageResolver languages;

  PageLanguage(LanguageResolver languages) {
    this.languages = languages;
  }

  @Override
  public void decorate(HttpRequest<?> request, Map<String, Object> model) {
    Language language = languages.of(request);
    model.putIfAbsent(TextHelpers.LANGUAGE_ENTRY, language.code());
    model.putIfAbsent("languages", options(language));
    model.putIfAbsent("here", ComingBack.here(request));
  }

  /** Every language the site speaks, {@code selected} marking one. */
  public static List<LanguageOption> options(Language selected) {
    return Arrays.stream(Language.values())
        .map(l -> new LanguageOption(l.code(), l.nativeName(), l == selected))
        .toList();
  }
}
