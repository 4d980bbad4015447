package org.microblog.adapter.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.MutableClock;

class RateLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

  @Test
  void blocksOnceTheBudgetIsUsedUpUntilTheWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.blockedFor("k")).isEmpty();
      limiter.record("k");
    }
    clock.advance(Duration.ofSeconds(20));

    assertThat(limiter.blockedFor("k")).contains(Duration.ofSeconds(41));
    clock.advance(Duration.ofSeconds(40));
    assertThat(limiter.blockedFor("k")).isEmpty();
  }

  @Test
  void keysAreIndependentAndResetForgets() {
    for (int i = 0; i < 3; i++) {
      limiter.record("a");
    }

    assertThat(limiter.blockedFor("a")).isPresent();
    assertThat(limiter.blockedFor("b")).isEmpty();
    limiter.reset("a");
    assertThat(limiter.blockedFor("a")).isEmpty();
  }
}
