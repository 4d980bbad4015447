package org.microblog.domain.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

/**
 * What a person approved on the consent page, waiting to be exchanged for a token: kept by hash,
 * good for {@link #LIFETIME} and for one exchange, by the same app, with the same redirect URI, and
 * (when the app sent a PKCE challenge) with the verifier that matches it.
 */
public record AuthorizationCode(
    TokenHash hash,
    ClientId clientId,
    UserId user,
    String redirectUri,
    Scopes scopes,
    Optional<CodeChallenge> challenge,
    Instant issuedAt) {
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  public AuthorizationCode {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public Instant expiresAt() {
    return issuedAt.plus(LIFETIME);
  }

  /**
   * Whether this code may become a token for this exchange: not expired, the same app and redirect
   * URI, and the verifier when a challenge was given (a verifier without a challenge is refused
   * too, as RFC 7636 asks).
   */
  public boolean redeemableBy(
      ClientId client, String redirect, Optional<String> verifier, Instant now) {
    if (!now.isBefore(expiresAt()) || !clientId.equals(client) || !redirectUri.equals(redirect)) {
      return false;
    }
    return challenge.isPresent()
        ? verifier.filter(v -> challenge.get().verifiedBy(v)).isPresent()
        : verifier.isEmpty();
  }
}
