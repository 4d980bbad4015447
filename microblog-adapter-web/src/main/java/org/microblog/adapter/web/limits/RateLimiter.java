package org.microblog.adapter.web.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows and says when a key has used up its budget. In memory, per
 * instance: with several instances behind a load balancer each keeps its own count, so the
 * effective budget is at most the budget times the number of instances (see the README).
 */
final class RateLimiter {
  /** Forget finished windows once this many keys are held, so memory stays bounded. */
  private static final int SWEEP_THRESHOLD = 50_000;

  private final int budget;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int budget, Duration window, Clock clock) {
    this.budget = budget;
    this.window = window;
    this.clock = clock;
  }

  /** How long until the key may act again, if it has used up its budget. */
  Optional<Duration> blockedFor(String key) {
    Instant now = clock.instant();
    Window current = windows.get(key);
    if (current == null || current.endsBefore(now) || current.count < budget) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, current.end).plusSeconds(1).withNanos(0));
  }

  /** Counts one event against the key. */
  void record(String key) {
    Instant now = clock.instant();
    windows.compute(
        key,
        (k, current) ->
            current == null || current.endsBefore(now)
                ? new Window(now.plus(window), 1)
                : new Window(current.end, current.count + 1));
    if (windows.size() > SWEEP_THRESHOLD) {
      windows.values().removeIf(w -> w.endsBefore(now));
    }
  }

  /** Forgets the key's events, e.g. after a successful login. */
  void reset(String key) {
    windows.remove(key);
  }

  private record Window(Instant end, int count) {
    boolean endsBefore(Instant now) {
      return !now.isBefore(end);
    }
  }
}
