package org.microblog.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.microblog.application.port.in.LoginValidityQuery;

/**
 * Ends logins that the account has ended: after a password change or reset every login token issued
 * before the account's "logins valid from" moment, and every token of a deleted account, is
 * refused. The browser's cookie is cleared and it is sent to the login page (GET requests come back
 * to where they were going afterwards).
 *
 * <p>A login token is a signed cookie that stays cryptographically valid until it expires, so this
 * check asks the database on every logged-in request: one primary-key lookup, without a cache, so
 * an ended login is refused on its next request on every instance (no staleness). It runs on the
 * blocking pool, never on the event loop; requests without a login return at once.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LoginValidityFilter implements Ordered {
  static final String ISSUED_AT_CLAIM = "iat";
  private final LoginValidityQuery validity;
  private final LoginCookies loginCookies;

  LoginValidityFilter(LoginValidityQuery validity, LoginCookies loginCookies) {
    this.validity = validity;
    this.loginCookies = loginCookies;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return null;
    }
    Optional<Viewer> viewer = Viewer.of(authentication.get());
    Optional<Instant> issuedAt = issuedAt(authentication.get());
    if (viewer.isPresent()
        && issuedAt.isPresent()
        && validity.isLoginValid(viewer.get().id(), issuedAt.get())) {
      return null;
    }
    MutableHttpResponse<?> response = HttpResponse.seeOther(loginAgain(request).build());
    loginCookies.clear(response);
    return response;
  }

  /**
   * When the token was issued: our microsecond claim, or for tokens without it JWT's whole-second
   * {@code iat} (which then ends such a login at any change made in its second, erring safe).
   */
  static Optional<Instant> issuedAt(Authentication authentication) {
    Object micros = authentication.getAttributes().get(Viewer.ISSUED_MICROS_CLAIM);
    if (micros instanceof Number number) {
      return Optional.of(Instant.EPOCH.plus(number.longValue(), ChronoUnit.MICROS));
    }
    Object claim = authentication.getAttributes().get(ISSUED_AT_CLAIM);
    if (claim instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (claim instanceof Instant instant) {
      return Optional.of(instant);
    }
    if (claim instanceof Number seconds) {
      return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    }
    return Optional.empty();
  }

  private static UriBuilder loginAgain(HttpRequest<?> request) {
    UriBuilder login = UriBuilder.of("/login").queryParam("ended", "");
    String wanted = request.getUri().getRawPath();
    if (request.getMethod() == HttpMethod.GET && !"/".equals(wanted)) {
      String query = request.getUri().getRawQuery();
      login.queryParam("next", query == null ? wanted : wanted + "?" + query);
    }
    return login;
  }

  /** After the security filter, which finds the login; before the CSRF check and controllers. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after() - 1;
  }
}
