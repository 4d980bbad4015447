package org.microblog.application.service.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.application.port.out.limits.RateLimitCounterPort;

/**
 * Rate-limit counters in this process's memory: right for one instance (the embedded default and
 * the in-memory kit). Memory stays bounded: finished windows are swept once many keys are held.
 */
public final class InProcessRateLimitCounters implements RateLimitCounterPort {
  private static final int SWEEP_THRESHOLD = 50_000;

  private final Map<String, CounterWindow> windows = new ConcurrentHashMap<>();

  @Override
  public Optional<CounterWindow> openWindow(String key, Instant now) {
    return Optional.ofNullable(windows.get(key)).filter(window -> now.isBefore(window.end()));
  }

  @Override
  public void count(String key, Instant now, Duration length) {
    windows.compute(
        key,
        (k, current) ->
            current == null || !now.isBefore(current.end())
                ? new CounterWindow(now.plus(length), 1)
                : new CounterWindow(current.end(), current.count() + 1));
    if (windows.size() > SWEEP_THRESHOLD) {
      windows.values().removeIf(window -> !now.isBefore(window.end()));
    }
  }

  @Override
  public void reset(String key) {
    windows.remove(key);
  }
}
