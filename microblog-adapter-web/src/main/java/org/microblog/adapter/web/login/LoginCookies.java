package org.microblog.adapter.web.login;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.microblog.adapter.web.config.CookieConfiguration;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;

/**
 * Issues and clears the login cookie: a signed token (JWT) in an HttpOnly, SameSite cookie, so any
 * instance can verify a login without shared session state. Name, path, Secure flag and SameSite
 * come from Micronaut's {@code micronaut.security.token.cookie.*} settings, which also tell
 * Micronaut where to read the token back.
 */
@Singleton
public final class LoginCookies {
  /**
   * How long a "remember me" cookie and its token are kept: the most browsers allow (400 days).
   * Whether it still works is the record's question (30 days since its last use), so a login used
   * every week never runs out while an idle one ends on time.
   */
  public static final Duration REMEMBERED = Duration.ofDays(400);

  /** How long a browser-session login's token stays valid at most. */
  public static final Duration SESSION = Login.SESSION_LIFETIME;

  private final TokenGenerator tokens;
  private final AccessTokenCookieConfiguration cookies;
  private final boolean secure;

  LoginCookies(
      TokenGenerator tokens, AccessTokenCookieConfiguration cookies, CookieConfiguration ours) {
    this.tokens = tokens;
    this.cookies = cookies;
    this.secure = ours.cookieSecure();
  }

  /** Puts the login into this response's cookie. */
  void issue(
      MutableHttpResponse<?> response, AuthenticatedUser user, LoginId login, boolean remember) {
    Duration lifetime = remember ? REMEMBERED : SESSION;
    String token =
        tokens
            .generateToken(
                Viewer.authenticationOf(user, login, remember), (int) lifetime.toSeconds())
            .orElseThrow(() -> new IllegalStateException("login token could not be signed"));
    Cookie cookie = base(token);
    if (remember) {
      cookie.maxAge(lifetime);
    }
    response.cookie(cookie);
  }

  /** The same login in a fresh token (say, with a new username), keeping "remember me". */
  public void renew(
      MutableHttpResponse<?> response, AuthenticatedUser user, Authentication current) {
    Viewer.loginOf(current)
        .ifPresent(login -> issue(response, user, login, Viewer.remembered(current)));
  }

  /** Logs out on this response: the browser drops the cookie at once. */
  public void clear(MutableHttpResponse<?> response) {
    response.cookie(base("").maxAge(0));
  }

  private Cookie base(String value) {
    return Cookie.of(cookies.getCookieName(), value)
        .httpOnly(true)
        .secure(secure)
        .sameSite(cookies.getCookieSameSite().orElse(SameSite.Lax))
        .path(cookies.getCookiePath().orElse("/"));
  }
}
