package org.microblog.adapter.web.language;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.microblog.domain.user.Language;

/**
 * The language a request is answered in: the logged-in person's account setting, else the choice
 * made with the switcher (kept in the {@value #COOKIE} cookie), else the first language of the
 * browser's {@code Accept-Language} that the site speaks, else English. It is worked out once per
 * request. The account's setting comes with the login check's status, which every logged-in request
 * reads anyway (so it costs no statement), and which hands it over through {@link #accountChose}.
 */
@Singleton
public final class LanguageResolver {
  /** The cookie that keeps a choice made with the language switcher. */
  public static final String COOKIE = "lang";

  /** Longer headers are not real browsers' and are not parsed. */
  private static final int MAX_HEADER_LENGTH = 500;

  private static final String ATTRIBUTE = LanguageResolver.class.getName();
  private static final String ACCOUNT_ATTRIBUTE = ATTRIBUTE + ".account";

  /** The language to answer {@code request} in. */
  public Language of(HttpRequest<?> request) {
    Optional<Object> known = request.getAttribute(ATTRIBUTE);
    if (known.isPresent() && known.get() instanceof Language language) {
      return language;
    }
    Language language = resolve(request);
    request.setAttribute(ATTRIBUTE, language);
    return language;
  }

  /**
   * The logged-in person's account chose {@code language}: the login check says so before anything
   * asks for the request's language.
   */
  public static void accountChose(HttpRequest<?> request, Language language) {
    request.setAttribute(ACCOUNT_ATTRIBUTE, language);
  }

  private static Language resolve(HttpRequest<?> request) {
    return request
        .getAttribute(ACCOUNT_ATTRIBUTE, Language.class)
        .orElseGet(
            () ->
                choose(
                    request.getCookies().findCookie(COOKIE).map(Cookie::getValue),
                    request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  /** The switcher's choice if the site speaks it, else the browser's, else English. */
  static Language choose(Optional<String> choice, String acceptLanguage) {
    return choice
        .flatMap(Language::find)
        .or(() -> browsers(acceptLanguage))
        .orElse(Language.ENGLISH);
  }

  /** The browser's languages in the order of their weights, the first the site speaks. */
  private static Optional<Language> browsers(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() == 0) {
        continue;
      }
      String tag = range.getRange();
      int dash = tag.indexOf('-');
      Optional<Language> spoken = Language.find(dash < 0 ? tag : tag.substring(0, dash));
      if (spoken.isPresent()) {
        return spoken;
      }
    }
    return Optional.empty();
  }
}
