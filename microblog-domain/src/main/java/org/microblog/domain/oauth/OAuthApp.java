package org.microblog.domain.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.account.TokenHash;

/**
 * An app registered through the API. Only the hash of its client secret is kept; the secret is
 * shown once, in the registration's answer.
 */
public record OAuthApp(
    ClientId clientId,
    AppName name,
    Optional<AppWebsite> website,
    RedirectUris redirectUris,
    Scopes scopes,
    TokenHash secretHash,
    Instant createdAt) {

  public OAuthApp {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(website, "website");
    Objects.requireNonNull(redirectUris, "redirectUris");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(secretHash, "secretHash");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
