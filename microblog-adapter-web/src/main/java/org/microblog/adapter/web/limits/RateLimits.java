package org.microblog.adapter.web.limits;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.microblog.application.port.in.limits.ApiAllowance;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

/**
 * Brings the request's client address to the application's rate limits ({@link RateLimitUseCase}),
 * which hold the budgets. The address is the connection's, or the configured proxy header's ({@code
 * micronaut.server.client-address-header}) behind a trusted proxy. A used-up budget answers 429
 * with {@code Retry-After} ({@link TooManyRequestsHandler}).
 */
@Singleton
public final class RateLimits {
  private final HttpClientAddressResolver addresses;
  private final RateLimitUseCase limits;

  RateLimits(HttpClientAddressResolver addresses, RateLimitUseCase limits) {
    this.addresses = addresses;
    this.limits = limits;
  }

  public void checkLogin(HttpRequest<?> request, String username) {
    limits.checkLogin(username, address(request));
  }

  public void loginFailed(HttpRequest<?> request, String username) {
    limits.loginFailed(username, address(request));
  }

  public void loginSucceeded(String username) {
    limits.loginSucceeded(username);
  }

  public void checkRegistration(HttpRequest<?> request) {
    limits.checkRegistration(address(request));
  }

  public void registered(HttpRequest<?> request) {
    limits.registered(address(request));
  }

  public void checkPost(UserId author) {
    limits.checkPost(author);
  }

  /** One client API request, by its live bearer token's hash, if any. Never throws for 429. */
  public ApiAllowance apiRequest(HttpRequest<?> request, Optional<TokenHash> token) {
    return limits.apiRequest(token, address(request));
  }

  private String address(HttpRequest<?> request) {
    return addresses.resolve(request);
  }
}
