package org.microblog.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A browser's cookies: a CSRF token (double submission: any well-formed token that the cookie and
 * the form field both carry is accepted, so the bench makes its own) and, once logged in, the
 * {@code mb_session} login cookie.
 */
final class Session {
  private static final SecureRandom RANDOM = new SecureRandom();
  final String csrfToken;
  private String loginCookie;
  private String bearerToken;

  Session() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    csrfToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The Cookie header line (with CRLF) that this browser sends. */
  String cookieHeader() {
    return "Cookie: mb_csrf="
        + csrfToken
        + (loginCookie == null ? "" : "; " + loginCookie)
        + "\r\n";
  }

  /**
   * The client API's Authorization header line (with CRLF), once {@link ApiTokens} gave a token.
   */
  String authorizationHeader() {
    return "Authorization: Bearer " + bearerToken + "\r\n";
  }

  void useToken(String token) {
    this.bearerToken = token;
  }

  /** The login form as a browser submits it, with this session's CSRF token. */
  String loginForm(String username, String password) {
    return "csrfToken="
        + csrfToken
        + "&username="
        + encode(username)
        + "&password="
        + encode(password);
  }

  /** Logs in through the real login page; fails unless the app answers 303 with a login cookie. */
  void logIn(HttpConnection connection, String hostHeader, String username, String password)
      throws IOException {
    int status =
        connection.exchange(
            HttpConnection.request(
                "POST", "/login", hostHeader, cookieHeader(), loginForm(username, password)));
    loginCookie =
        connection.lastSetCookies().stream()
            .filter(cookie -> cookie.startsWith("mb_session="))
            .map(
                cookie ->
                    cookie.substring(
                        0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
            .findFirst()
            .orElse(null);
    if (status != 303 || loginCookie == null) {
      throw new IllegalStateException("login of " + username + " failed: HTTP " + status);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
