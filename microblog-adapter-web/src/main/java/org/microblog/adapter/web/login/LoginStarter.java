package org.microblog.adapter.web.login;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.in.login.StartLoginCommand;
import org.microblog.application.port.in.login.StartLoginUseCase;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.LoginId;

/**
 * Logs a person in on a response: records the login with the request's facts (its browser and
 * client network) and puts the record's id into the login cookie.
 */
@Singleton
public final class LoginStarter {
  private final StartLoginUseCase startLogin;
  private final LoginCookies cookies;
  private final HttpClientAddressResolver addresses;

  LoginStarter(
      StartLoginUseCase startLogin, LoginCookies cookies, HttpClientAddressResolver addresses) {
    this.startLogin = startLogin;
    this.cookies = cookies;
    this.addresses = addresses;
  }

  /** A new login for this browser. */
  public void logIn(
      HttpRequest<?> request,
      MutableHttpResponse<?> response,
      AuthenticatedUser user,
      boolean remember) {
    LoginId login =
        startLogin.start(new StartLoginCommand(user, remember, browser(request), network(request)));
    cookies.issue(response, user, login, remember);
  }

  /** A new login replacing the current one (after a password change), keeping "remember me". */
  public void logInAgain(
      HttpRequest<?> request,
      MutableHttpResponse<?> response,
      AuthenticatedUser user,
      Authentication current) {
    logIn(request, response, user, Viewer.remembered(current));
  }

  private static BrowserDescription browser(HttpRequest<?> request) {
    return BrowserDescription.fromUserAgent(request.getHeaders().get(HttpHeaders.USER_AGENT));
  }

  /** The address the rate limits use too: behind a proxy, the forwarded one if so configured. */
  private ClientNetwork network(HttpRequest<?> request) {
    return ClientNetwork.ofLiteral(addresses.resolve(request));
  }
}
