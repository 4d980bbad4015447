package org.microblog.adapter.web.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The budgets, in the spirit of Mastodon's: failed logins per account and per client address,
 * registrations per address, posts per account. Exceeding one answers 429 with {@code Retry-After}.
 * The client address is the connection's, or the configured proxy header's ({@code
 * micronaut.server.client-address-header}) when running behind a trusted proxy.
 */
@Singleton
public final class RateLimits {
  private final HttpClientAddressResolver addresses;
  private final RateLimiter failedLoginsPerAccount;
  private final RateLimiter failedLoginsPerAddress;
  private final RateLimiter registrationsPerAddress;
  private final RateLimiter postsPerAccount;

  RateLimits(
      HttpClientAddressResolver addresses,
      @Value("${microblog.limits.failed-logins-per-minute:5}") int failedLogins,
      @Value("${microblog.limits.registrations-per-hour:10}") int registrations,
      @Value("${microblog.limits.posts-per-minute:30}") int posts) {
    this.addresses = addresses;
    Clock clock = Clock.systemUTC();
    this.failedLoginsPerAccount = new RateLimiter(failedLogins, Duration.ofMinutes(1), clock);
    this.failedLoginsPerAddress = new RateLimiter(failedLogins, Duration.ofMinutes(1), clock);
    this.registrationsPerAddress = new RateLimiter(registrations, Duration.ofHours(1), clock);
    this.postsPerAccount = new RateLimiter(posts, Duration.ofMinutes(1), clock);
  }

  /** Before checking a password: refuses while the account or the address has failed too often. */
  public void checkLogin(HttpRequest<?> request, String username) {
    refuseIfBlocked(
        failedLoginsPerAccount
            .blockedFor(account(username))
            .or(() -> failedLoginsPerAddress.blockedFor(address(request))),
        "Too many failed logins. Please wait a minute and try again.");
  }

  public void loginFailed(HttpRequest<?> request, String username) {
    failedLoginsPerAccount.record(account(username));
    failedLoginsPerAddress.record(address(request));
  }

  public void loginSucceeded(String username) {
    failedLoginsPerAccount.reset(account(username));
  }

  /** Before registering: refuses an address that opened too many accounts lately. */
  public void checkRegistration(HttpRequest<?> request) {
    refuseIfBlocked(
        registrationsPerAddress.blockedFor(address(request)),
        "Too many new accounts from your address. Please try again later.");
  }

  /** Only accounts actually opened count: a person correcting typos is not refused. */
  public void registered(HttpRequest<?> request) {
    registrationsPerAddress.record(address(request));
  }

  public void checkPost(String accountId) {
    refuseIfBlocked(
        postsPerAccount.blockedFor(accountId),
        "You are posting too fast. Please wait a moment and try again.");
    postsPerAccount.record(accountId);
  }

  private static void refuseIfBlocked(Optional<Duration> blocked, String message) {
    if (blocked.isPresent()) {
      throw new TooManyRequestsException(message, blocked.get());
    }
  }

  private static String account(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private String address(HttpRequest<?> request) {
    String resolved = addresses.resolve(request);
    return resolved == null ? "unknown" : resolved;
  }
}
