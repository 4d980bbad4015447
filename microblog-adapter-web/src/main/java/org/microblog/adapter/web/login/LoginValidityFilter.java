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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.microblog.adapter.web.api.auth.ApiCaller;
import org.microblog.adapter.web.filter.FilterOrder;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.domain.login.LoginId;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Refuses a login whose record has ended: logged out, ended from the sessions page, ended by a
 * password change or reset or "log out everywhere", expired, or its account deleted. A token
 * without a login record (made before logins were records) is refused too. The browser's cookie is
 * cleared and it is sent to the login page (GET requests come back to where they were going
 * afterwards).
 *
 * <p>A login token is a signed cookie that stays cryptographically valid until it expires, so this
 * check asks the database: one primary-key lookup, on the blocking pool, never on the event loop. A
 * login found valid moments ago is answered from the use case's memory without leaving the event
 * loop; the instance that ends a login forgets at once, other instances within seconds. The check
 * brings the viewer's {@link LoginStatus} (the unread notification count) along, which it leaves on
 * the request for the navigation bar ({@link CurrentViewer#status}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LoginValidityFilter implements Ordered {
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
    if (authentication.isEmpty() || ApiCaller.isApiToken(authentication.get())) {
      // API tokens have no login record: revoking the token is what ends them.
      return Mono.just(Optional.empty());
    }
    Optional<Viewer> viewer = Viewer.of(authentication.get());
    Optional<LoginId> login = Viewer.loginOf(authentication.get());
    if (viewer.isPresent() && login.isPresent()) {
      Optional<LoginStatus> known = validity.knownStatus(viewer.get().id(), login.get());
      if (known.isPresent()) {
        CurrentViewer.keepStatus(request, known.get());
        return Mono.just(Optional.empty());
      }
    }
    return Mono.fromCallable(() -> refusal(request, viewer, login))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }

  /** Empty when the login is still valid; else the redirect that ends it. */
  private Optional<MutableHttpResponse<?>> refusal(
      HttpRequest<?> request, Optional<Viewer> viewer, Optional<LoginId> login) {
    Optional<LoginStatus> status =
        viewer.isPresent() && login.isPresent()
            ? validity.status(viewer.get().id(), login.get())
            : Optional.empty();
    if (status.isPresent()) {
      CurrentViewer.keepStatus(request, status.get());
      return Optional.empty();
    }
    MutableHttpResponse<?> response = HttpResponse.seeOther(LoginPage.forRequest(request, "ended"));
    loginCookies.clear(response);
    return Optional.of(response);
  }

  /** After the security filter, which finds the login (the CSRF check runs before both). */
  @Override
  public int getOrder() {
    return FilterOrder.LOGIN_VALIDITY;
  }
}
