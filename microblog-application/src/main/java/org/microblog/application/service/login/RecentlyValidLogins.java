package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/**
 * Remembers for a few seconds that a login was found valid, so that a person clicking through pages
 * costs one database lookup per few seconds instead of one per request (the lookup and its thread
 * hop were a quarter of a page's cost under load). Every use case that ends logins (logging out,
 * ending one from the sessions page, password change or reset, "log out everywhere", deletion)
 * forgets the user at once in this instance; other instances notice within the time to live, which
 * the README names as per-instance state. A time to live of zero remembers nothing.
 */
public final class RecentlyValidLogins {
  private static final int SWEEP_THRESHOLD = 100_000;
  private final Map<UserId, Map<LoginId, Instant>> validUntil = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  public RecentlyValidLogins(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  boolean isKnownValid(UserId user, LoginId login) {
    Map<LoginId, Instant> logins = validUntil.get(user);
    Instant until = logins == null ? null : logins.get(login);
    return until != null && clock.instant().isBefore(until);
  }

  void rememberValid(UserId user, LoginId login) {
    if (ttl.isZero() || ttl.isNegative()) {
      return;
    }
    Instant now = clock.instant();
    if (validUntil.size() > SWEEP_THRESHOLD) {
      validUntil
          .values()
          .forEach(logins -> logins.values().removeIf(until -> !now.isBefore(until)));
      validUntil.values().removeIf(Map::isEmpty);
    }
    validUntil.computeIfAbsent(user, id -> new ConcurrentHashMap<>()).put(login, now.plus(ttl));
  }

  /** The user's next check asks the database again. */
  public void forget(UserId user) {
    validUntil.remove(user);
  }
}
