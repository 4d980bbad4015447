package org.microblog.adapter.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microblog.application.inmemory.MutableClock;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** The memory in front of the JWT check; the real check and the real wiring: see the web tests. */
class RememberingTokenValidatorTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);
  private final CountingVerifier verifier = new CountingVerifier();
  private final RememberingTokenValidator<Object> validator =
      new RememberingTokenValidator<>(verifier, clock);

  @Test
  void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
    verifier.accept("good", NOW.plus(Duration.ofHours(1)));

    assertThat(validate("good")).isNotNull();
    assertThat(validate("good").getName()).isEqualTo("good-user");
    assertThat(verifier.calls).isEqualTo(1);

    clock.advance(Duration.ofHours(1));
    assertThat(validate("good")).isNotNull();
    assertThat(verifier.calls).isEqualTo(2);
  }

  @Test
  void aRefusedTokenIsAskedAboutEveryTime() {
    assertThat(validate("forged")).isNull();
    assertThat(validate("forged")).isNull();

    assertThat(verifier.calls).isEqualTo(2);
  }

  @Test
  void onlyTheExactTokenMatches() {
    verifier.accept("good", NOW.plus(Duration.ofHours(1)));
    validate("good");

    assertThat(validate("good ")).isNull();
    assertThat(validate("goo")).isNull();
  }

  @Test
  void anExpiredTokenIsForgottenAndThenRefusedByTheVerifier() {
    verifier.accept("good", NOW.plus(Duration.ofMinutes(1)));
    validate("good");
    verifier.refuseAll();

    clock.advance(Duration.ofMinutes(2));

    assertThat(validate("good")).isNull();
    assertThat(validator.size()).isZero();
  }

  @Test
  void aTokenWithoutExpiryIsNotRemembered() {
    verifier.accept("eternal", null);

    validate("eternal");
    validate("eternal");

    assertThat(verifier.calls).isEqualTo(2);
  }

  @Test
  void holdsAtMostTheBoundedNumberOfTokens() {
    for (int i = 0; i <= RememberingTokenValidator.MAX_TOKENS + 10; i++) {
      verifier.accept("t" + i, NOW.plus(Duration.ofHours(1)));
      validate("t" + i);
    }

    assertThat(validator.size()).isLessThanOrEqualTo(RememberingTokenValidator.MAX_TOKENS);
  }

  private Authentication validate(String token) {
    return Mono.from(validator.validateToken(token, HttpRequest.GET("/"))).block();
  }

  /** Stands in for the JWT library: accepts the tokens it is told to, counting the questions. */
  private static final class CountingVerifier
      implements ReactiveJsonWebTokenValidator<Object, HttpRequest<?>> {
    private final Map<String, Instant> accepted = new java.util.HashMap<>();
    private int calls;

    void accept(String token, Instant expiry) {
      accepted.put(token, expiry);
    }

    void refuseAll() {
      accepted.clear();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
      calls++;
      if (!accepted.containsKey(token)) {
        return Mono.empty();
      }
      Instant expiry = accepted.get(token);
      Map<String, Object> claims = expiry == null ? Map.of() : Map.of("exp", Date.from(expiry));
      return Mono.just(Authentication.build(token + "-user", List.of("user"), claims));
    }

    @Override
    public Publisher<Object> validate(String token, HttpRequest<?> request) {
      return Mono.empty();
    }
  }
}
