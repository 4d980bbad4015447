package org.microblog.adapter.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private Instant now = Instant.parse("2026-11-28T12:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

  @Test
  void blocksOnceTheBudgetIsUsedUpUntilTheWindowEnds() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.blockedFor("k")).isEmpty();
      limiter.record("k");
    }
    now = now.plusSeconds(20);

    assertThat(limiter.blockedFor("k")).contains(Duration.ofSeconds(41));
    now = now.plusSeconds(40);
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
