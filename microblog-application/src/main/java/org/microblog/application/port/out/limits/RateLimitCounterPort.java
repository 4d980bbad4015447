package org.microblog.application.port.out.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts events per key in fixed windows. An in-process store serves one instance; a shared store
 * (the database) makes several instances spend one budget instead of one each.
 */
public interface RateLimitCounterPort {
  /** The key's window that is still open at {@code now}, if any. */
  Optional<CounterWindow> openWindow(String key, Instant now);

  /**
   * Counts one event: in the key's open window, or in a new one of the given length starting at
   * {@code now}. Atomic: events counted at once from several threads or instances all count.
   */
  void count(String key, Instant now, Duration length);

  /** Forgets the key's events. */
  void reset(String key);

  /** A window's end (exclusive) and the events counted in it. */
  record CounterWindow(Instant end, long count) {}
}
