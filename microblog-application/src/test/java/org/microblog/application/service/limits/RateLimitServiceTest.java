package org.microblog.application.service.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.port.in.limits.RateLimitExceededException;
import org.microblog.domain.user.UserId;

class RateLimitServiceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
  private final RateLimitService limits =
      new RateLimitService(new InProcessRateLimitCounters(), new RateLimitBudgets(3, 2, 2), clock);

  @Test
  void failedLoginsLockTheAccountWhateverTheCaseUntilTheMinuteEnds() {
    for (int i = 0; i < 3; i++) {
      limits.checkLogin("alice", "10.0.0." + i);
      limits.loginFailed("alice", "10.0.0." + i);
    }
    clock.advance(Duration.ofSeconds(20));

    var refused =
        catchThrowableOfType(
            RateLimitExceededException.class, () -> limits.checkLogin("ALICE ", "10.0.0.9"));
    assertThat(refused.getMessage()).contains("Too many failed logins");
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(41));

    clock.advance(Duration.ofSeconds(40));
    assertThatCode(() -> limits.checkLogin("alice", "10.0.0.9")).doesNotThrowAnyException();
  }

  @Test
  void failedLoginsLockTheAddressForEveryAccount() {
    for (int i = 0; i < 3; i++) {
      limits.loginFailed("user" + i, "10.0.0.1");
    }

    assertThatCode(() -> limits.checkLogin("someone", "10.0.0.2")).doesNotThrowAnyException();
    catchThrowableOfType(
        RateLimitExceededException.class, () -> limits.checkLogin("someone", "10.0.0.1"));
  }

  @Test
  void aSuccessfulLoginForgetsTheAccountsFailures() {
    for (int i = 0; i < 3; i++) {
      limits.loginFailed("alice", "10.0.0." + i);
    }
    limits.loginSucceeded("Alice");

    assertThatCode(() -> limits.checkLogin("alice", "10.0.0.9")).doesNotThrowAnyException();
  }

  @Test
  void onlyAccountsOpenedCountTowardsTheRegistrationBudget() {
    limits.checkRegistration("10.0.0.1");
    limits.checkRegistration("10.0.0.1");
    limits.checkRegistration("10.0.0.1");
    limits.registered("10.0.0.1");
    limits.registered("10.0.0.1");

    catchThrowableOfType(
        RateLimitExceededException.class, () -> limits.checkRegistration("10.0.0.1"));
    clock.advance(Duration.ofHours(1));
    assertThatCode(() -> limits.checkRegistration("10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void postsBeyondTheBudgetAreRefusedPerAuthor() {
    limits.checkPost(new UserId(1));
    limits.checkPost(new UserId(1));

    var refused =
        catchThrowableOfType(
            RateLimitExceededException.class, () -> limits.checkPost(new UserId(1)));
    assertThat(refused.getMessage()).contains("posting too fast");
    assertThatCode(() -> limits.checkPost(new UserId(2))).doesNotThrowAnyException();
  }
}
