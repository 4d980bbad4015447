package org.microblog.adapter.web.login;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.filter.FilterOrder;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends logins that the account has ended: after a password change or reset every login token issued
 * before the account's "logins valid from" moment, and every token of a deleted account, is
 * refused. The browser's cookie is cleared and it is sent to the login page (GET requests come back
 * to where they were going afterwards).
 *
 * <p>A login token is a signed cookie that stays cryptographically valid until it expires, so this
 * check asks the database: one primary-key lookup, on the blocking pool, never on the event loop. A
 * login found valid moments ago is answered from the use case's memory without leaving the event
 * loop; the instance that ends a login forgets at once, other instances within seconds.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LoginValidityFilter implements Ordered {
  static final String ISSUED_AT_CLAIM = "iat";
  private final LoginValidityQuery validity;
  private final LoginCookies loginCookies;
  private final ExecutorService blocking;

  LoginValidityFilter(
      LoginValidityQuery validity,
      LoginCookies loginCookies,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.validity = validity;
    this.loginCookies = loginCookies;
    this.blocking = blocking;
  }

  /**
   * Anonymous requests (and static files) pass at once; so does a login found valid in the last few
   * seconds. Anything else costs one database lookup, off the event loop.
   */
  @RequestFilter
  Publisher<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return Mono.just(Optional.empty());
    }
    Optional<Viewer> viewer = Viewer.of(authentication.get());
    Optional<Instant> issuedAt = issuedAt(authentication.get());
    if (viewer.isPresent()
        && issuedAt.isPresent()
        && validity.isKnownValid(viewer.get().id(), issuedAt.get())) {
      return Mono.just(Optional.empty());
    }
    return Mono.fromCallable(() -> refusal(request, viewer, issuedAt))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }

  /** Empty when the login is still valid; else the redirect that ends it. */
  private Optional<MutableHttpResponse<?>> refusal(
      HttpRequest<?> request, Optional<Viewer> viewer, Optional<Instant> issuedAt) {
    if (viewer.isPresent()
        && issuedAt.isPresent()
        && validity.isLoginValid(viewer.get().id(), issuedAt.get())) {
      return Optional.empty();
    }
    MutableHttpResponse<?> response = HttpResponse.seeOther(LoginPage.forRequest(request, "ended"));
    loginCookies.clear(response);
    return Optional.of(response);
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
    return ClaimTimes.asInstant(authentication.getAttributes().get(ISSUED_AT_CLAIM));
  }

  /** After the security filter, which finds the login (the CSRF check runs before both). */
  @Override
  public int getOrder() {
    return FilterOrder.LOGIN_VALIDITY;
  }
}
