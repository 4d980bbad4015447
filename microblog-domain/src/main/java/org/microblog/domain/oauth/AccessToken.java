package org.microblog.domain.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.user.UserId;

/**
 * A bearer token of the client API, kept by hash. A token from an authorization acts for its
 * person; a client-credentials token acts for the app alone ({@code user} empty) and can only read
 * what is public.
 */
public record AccessToken(
    TokenHash hash, ClientId clientId, Optional<UserId> user, Scopes scopes, Instant createdAt) {

  public AccessToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
