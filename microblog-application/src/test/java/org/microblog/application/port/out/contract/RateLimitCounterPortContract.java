package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.out.limits.RateLimitCounterPort;
import org.microblog.application.port.out.limits.RateLimitCounterPort.CounterWindow;

/**
 * What every rate-limit counter store does, in memory or in a database. A subclass supplies a store
 * with no counts in it for each test.
 */
public abstract class RateLimitCounterPortContract {
  /** Whole milliseconds, which every store keeps exactly. */
  private static final Instant T0 = Instant.parse("2026-05-01T10:15:30.123Z");

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** An empty store. */
  protected abstract RateLimitCounterPort counters();

  @Test
  void countsEventsInAWindowThatStartsAtTheFirst() {
    RateLimitCounterPort counters = counters();
    counters.count("a", T0, MINUTE);
    counters.count("a", T0.plusSeconds(10), MINUTE);

    assertThat(counters.openWindow("a", T0.plusSeconds(20)))
        .contains(new CounterWindow(T0.plus(MINUTE), 2));
    assertThat(counters.openWindow("b", T0.plusSeconds(20))).isEmpty();
  }

  @Test
  void aFinishedWindowIsNotOpenAndTheNextEventStartsAFreshOne() {
    RateLimitCounterPort counters = counters();
    counters.count("a", T0, MINUTE);
    counters.count("a", T0, MINUTE);

    assertThat(counters.openWindow("a", T0.plus(MINUTE))).isEmpty();
    counters.count("a", T0.plus(MINUTE), MINUTE);
    assertThat(counters.openWindow("a", T0.plus(MINUTE)))
        .contains(new CounterWindow(T0.plus(MINUTE).plus(MINUTE), 1));
  }

  @Test
  void resetForgetsOneKeyOnly() {
    RateLimitCounterPort counters = counters();
    counters.count("a", T0, MINUTE);
    counters.count("b", T0, MINUTE);

    counters.reset("a");
    counters.reset("never counted");

    assertThat(counters.openWindow("a", T0)).isEmpty();
    assertThat(counters.openWindow("b", T0)).map(CounterWindow::count).contains(1L);
  }

  @Test
  void eventsCountedAtOnceFromManyThreadsAllCount() throws Exception {
    RateLimitCounterPort counters = counters();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 200; i++) {
        pool.submit(() -> counters.count("busy", T0, MINUTE));
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(counters.openWindow("busy", T0)).map(CounterWindow::count).contains(200L);
  }
}
