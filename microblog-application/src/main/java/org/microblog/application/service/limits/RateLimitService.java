package org.microblog.application.service.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.microblog.application.port.in.limits.ApiAllowance;
import org.microblog.application.port.in.limits.RateLimitExceededException;
import org.microblog.application.port.in.limits.RateLimitUseCase;
import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.port.out.limits.RateLimitCounterPort.CounterWindow;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

/** Spends the budgets of {@link RateLimitBudgets} through the counters, one key per kind. */
public final class RateLimitService implements RateLimitUseCase {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration API_WINDOW = Duration.ofMinutes(5);
  private static final int MAX_ADDRESS = 100;

  private final RateLimitCounterPort counters;
  private final RateLimitBudgets budgets;
  private final Clock clock;

  public RateLimitService(RateLimitCounterPort counters, RateLimitBudgets budgets, Clock clock) {
    this.counters = counters;
    this.budgets = budgets;
    this.clock = clock;
  }

  @Override
  public void checkLogin(String username, String clientAddress) {
    String message = "Too many failed logins. Please wait a minute and try again.";
    refuseIfSpent(account(username), budgets.failedLoginsPerMinute(), message);
    refuseIfSpent(address("login", clientAddress), budgets.failedLoginsPerMinute(), message);
  }

  @Override
  public void loginFailed(String username, String clientAddress) {
    Instant now = clock.instant();
    counters.count(account(username), now, MINUTE);
    counters.count(address("login", clientAddress), now, MINUTE);
  }

  @Override
  public void loginSucceeded(String username) {
    counters.reset(account(username));
  }

  @Override
  public void checkRegistration(String clientAddress) {
    refuseIfSpent(
        address("register", clientAddress),
        budgets.registrationsPerHour(),
        "Too many new accounts from your address. Please try again later.");
  }

  @Override
  public void registered(String clientAddress) {
    counters.count(address("register", clientAddress), clock.instant(), HOUR);
  }

  @Override
  public void checkPost(UserId author) {
    String key = "post:" + author.value();
    refuseIfSpent(
        key,
        budgets.postsPerMinute(),
        "You are posting too fast. Please wait a moment and try again.");
    counters.count(key, clock.instant(), MINUTE);
  }

  @Override
  public ApiAllowance apiRequest(Optional<TokenHash> token, String clientAddress) {
    String key =
        token
            .map(hash -> "api-token:" + hash.value())
            .orElseGet(() -> address("api", clientAddress));
    int limit = budgets.apiRequestsPerFiveMinutes();
    Instant now = clock.instant();
    Optional<CounterWindow> open = counters.openWindow(key, now);
    long spent = open.map(CounterWindow::count).orElse(0L);
    if (spent >= limit) {
      return new ApiAllowance(limit, 0, open.get().end(), false);
    }
    counters.count(key, now, API_WINDOW);
    Instant reset = open.map(CounterWindow::end).orElse(now.plus(API_WINDOW));
    return new ApiAllowance(limit, (int) (limit - spent - 1), reset, true);
  }

  private void refuseIfSpent(String key, int budget, String message) {
    Instant now = clock.instant();
    counters
        .openWindow(key, now)
        .filter(window -> window.count() >= budget)
        .ifPresent(
            window -> {
              Duration wait = Duration.between(now, window.end()).plusSeconds(1).withNanos(0);
              throw new RateLimitExceededException(message, wait);
            });
  }

  private static String account(String username) {
    return "login-account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  /** Addresses come from the connection or a proxy header: kept short whatever they hold. */
  private static String address(String kind, String clientAddress) {
    String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    return kind + "-address:" + address.substring(0, Math.min(address.length(), MAX_ADDRESS));
  }
}
