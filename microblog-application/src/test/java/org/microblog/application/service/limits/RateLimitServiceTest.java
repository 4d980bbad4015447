package org.microblog.application.service.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.MutableClock;
import org.microblog.application.port.in.limits.ApiAllowance;
import org.microblog.application.port.in.limits.RateLimitExceededException;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

class RateLimitServiceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
  private final RateLimitService limits =
      new RateLimitService(
          new InProcessRateLimitCounters(), new RateLimitBudgets(3, 2, 2, 3), clock);

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

  @Test
  void eachTokenHasItsOwnApiBudgetAndRefusalsSayWhenItIsWholeAgain() {
    Optional<TokenHash> first = Optional.of(TokenHash.of("first-token"));
    Optional<TokenHash> second = Optional.of(TokenHash.of("second-token"));
    Instant windowEnd = clock.instant().plus(Duration.ofMinutes(5));

    assertThat(limits.apiRequest(first, "10.0.0.1"))
        .isEqualTo(new ApiAllowance(3, 2, windowEnd, true));
    clock.advance(Duration.ofMinutes(1));
    limits.apiRequest(first, "10.0.0.1");
    assertThat(limits.apiRequest(first, "10.0.0.1").remaining()).isZero();
    ApiAllowance refused = limits.apiRequest(first, "10.0.0.1");

    assertThat(refused).isEqualTo(new ApiAllowance(3, 0, windowEnd, false));
    assertThat(limits.apiRequest(second, "10.0.0.1").allowed()).isTrue();
    assertThat(limits.apiRequest(Optional.empty(), "10.0.0.1").remaining())
        .as("requests without a token spend their address's budget")
        .isEqualTo(2);

    clock.advance(Duration.ofMinutes(4));
    assertThat(limits.apiRequest(first, "10.0.0.1"))
        .isEqualTo(new ApiAllowance(3, 2, windowEnd.plus(Duration.ofMinutes(5)), true));
  }

  @Test
  void everyBudgetAllowsAtLeastOneRequest() {
    assertThatThrownBy(() -> new RateLimitBudgets(1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RateLimitBudgets(5, 10, 30)).isEqualTo(RateLimitBudgets.DEFAULTS);
  }

  @Test
  void byDefaultAnAccessTokenMakes300RequestsIn5MinutesAndThe301stIsRefused() {
    RateLimitService defaults =
        new RateLimitService(new InProcessRateLimitCounters(), RateLimitBudgets.DEFAULTS, clock);
    Optional<TokenHash> token = Optional.of(TokenHash.of("busy-token"));
    for (int call = 1; call <= 300; call++) {
      assertThat(defaults.apiRequest(token, "10.0.0.1").remaining()).isEqualTo(300 - call);
    }

    ApiAllowance refused = defaults.apiRequest(token, "10.0.0.1");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.limit()).isEqualTo(300);
    assertThat(refused.reset()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
  }
}
