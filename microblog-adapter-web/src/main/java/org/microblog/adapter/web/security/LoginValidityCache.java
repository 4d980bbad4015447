package org.microblog.adapter.web.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.domain.user.UserId;

/**
 * Remembers for a few seconds that a login was found valid, so that a person clicking through pages
 * costs one database lookup per few seconds instead of one per request (the lookup and its thread
 * hop were a quarter of a page's cost under load). This instance forgets a user at once when it
 * ends their logins (password change or reset, "log out everywhere", deletion); other instances
 * notice within {@link #ttl}, which the README names as per-instance state.
 */
@Singleton
public final class LoginValidityCache {
  private static final int SWEEP_THRESHOLD = 100_000;
  private final long ttlNanos;
  private final Map<UserId, Map<Instant, Long>> validUntil = new ConcurrentHashMap<>();
  private final Duration ttl;

  LoginValidityCache(@Value("${microblog.login-check-cache:5s}") Duration ttl) {
    this.ttl = ttl;
    this.ttlNanos = ttl.toNanos();
  }

  boolean isKnownValid(UserId user, Instant issuedAt) {
    Map<Instant, Long> logins = validUntil.get(user);
    Long until = logins == null ? null : logins.get(issuedAt);
    return until != null && System.nanoTime() - until < 0;
  }

  void rememberValid(UserId user, Instant issuedAt) {
    if (ttlNanos <= 0) {
      return;
    }
    if (validUntil.size() > SWEEP_THRESHOLD) {
      long now = System.nanoTime();
      validUntil.values().forEach(logins -> logins.values().removeIf(until -> now - until >= 0));
      validUntil.values().removeIf(Map::isEmpty);
    }
    validUntil
        .computeIfAbsent(user, id -> new ConcurrentHashMap<>())
        .put(issuedAt, System.nanoTime() + ttlNanos);
  }

  /** This instance checks the user's next request against the database again. */
  public void forget(UserId user) {
    validUntil.remove(user);
  }

  Duration ttl() {
    return ttl;
  }
}
