package org.microblog.adapter.web.csrf;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microblog.adapter.web.config.CookieConfiguration;
import org.microblog.adapter.web.form.RandomTokens;

/** Makes, finds and compares CSRF tokens. */
@Singleton
public final class CsrfTokens {
  /** The hidden form field every state-changing form carries. */
  public static final String FIELD = "csrfToken";

  /** The header a script may send instead of the field. */
  static final String HEADER = "X-CSRF-Token";

  /** Request attribute holding the token that pages must embed. */
  public static final String ATTRIBUTE = "microblog.csrf";

  static final String COOKIE = "mb_csrf";

  /** The token lies near the start of our forms; no need to look further than this. */
  static final int MAX_FORM_BYTES = 64 * 1024;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
  private final boolean secureCookie;

  CsrfTokens(CookieConfiguration cookies) {
    this.secureCookie = cookies.cookieSecure();
  }

  String newToken() {
    return RandomTokens.urlSafe(32);
  }

  Optional<String> fromCookie(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(COOKIE)
        .map(Cookie::getValue)
        .filter(value -> WELL_FORMED.matcher(value).matches());
  }

  Optional<String> fromForm(String body) {
    String prefix = FIELD + "=";
    for (String pair : body.split("&")) {
      if (pair.startsWith(prefix)) {
        try {
          return Optional.of(
              URLDecoder.decode(pair.substring(prefix.length()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  Cookie cookie(String token) {
    return Cookie.of(COOKIE, token)
        .httpOnly(true)
        .secure(secureCookie)
        .sameSite(SameSite.Strict)
        .path("/");
  }

  static boolean same(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
