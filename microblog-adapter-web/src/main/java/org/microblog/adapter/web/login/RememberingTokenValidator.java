package org.microblog.adapter.web.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Verifies each login token once, not on every request. Decoding and checking a token (the JWT
 * library's constant-time Base64, the HMAC, the claims) was about a quarter of a logged-in page's
 * CPU under load (JFR, home page). A token that passed is remembered, keyed by its whole text
 * (signature included, so only that exact token matches) until its own expiry; a token that failed
 * is never remembered. Whether the account has since ended the login is not this class's question:
 * {@link LoginValidityFilter} asks it for every request, remembered token or not.
 *
 * <p>At most {@link #MAX_TOKENS} tokens are held (about 1 KB each); past that the expired ones go,
 * and if that is not enough, all of them, to be verified again on their next use.
 */
final class RememberingTokenValidator<T>
    implements ReactiveJsonWebTokenValidator<T, HttpRequest<?>> {
  static final int MAX_TOKENS = 10_000;
  private static final String EXPIRY_CLAIM = "exp";

  private final ReactiveJsonWebTokenValidator<T, HttpRequest<?>> verifier;
  private final Clock clock;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private record Verified(Authentication authentication, Instant expiry) {}

  RememberingTokenValidator(
      ReactiveJsonWebTokenValidator<T, HttpRequest<?>> verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    Verified known = verified.get(token);
    if (known != null && clock.instant().isBefore(known.expiry())) {
      return Mono.just(known.authentication());
    }
    if (known != null) {
      verified.remove(token);
    }
    return Mono.from(verifier.validateToken(token, request))
        .doOnNext(authentication -> remember(token, authentication));
  }

  @Override
  public Publisher<T> validate(String token, HttpRequest<?> request) {
    return verifier.validate(token, request);
  }

  @Override
  public int getOrder() {
    return verifier.getOrder();
  }

  /** Tokens without an expiry are verified every time: there is no moment to forget them at. */
  private void remember(String token, Authentication authentication) {
    Optional<Instant> expiry =
        ClaimTimes.asInstant(authentication.getAttributes().get(EXPIRY_CLAIM));
    if (expiry.isEmpty()) {
      return;
    }
    if (verified.size() >= MAX_TOKENS) {
      Instant now = clock.instant();
      verified.values().removeIf(entry -> !now.isBefore(entry.expiry()));
      if (verified.size() >= MAX_TOKENS) {
        verified.clear();
      }
    }
    verified.put(token, new Verified(authentication, expiry.get()));
  }

  int size() {
    return verified.size();
  }
}
