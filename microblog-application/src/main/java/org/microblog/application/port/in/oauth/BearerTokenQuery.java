package org.microblog.application.port.in.oauth;

import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;

/** Who an API request acts for: the token it carries, if that is a live one. */
public interface BearerTokenQuery {
  /** Empty for a malformed, unknown or revoked token. */
  Optional<AccessToken> authenticate(String bearerToken);

  /**
   * Whether the token with this hash is still live: what an open stream asks again when its
   * person's logins or apps may have been ended.
   */
  boolean isLive(TokenHash hash);

  /** The app behind a token, for {@code /api/v1/apps/verify_credentials}. */
  Optional<OAuthApp> app(ClientId clientId);
}
