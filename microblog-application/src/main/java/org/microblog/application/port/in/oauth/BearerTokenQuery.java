package org.microblog.application.port.in.oauth;

import java.util.Optional;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;

/** Who an API request acts for: the token it carries, if that is a live one. */
public interface BearerTokenQuery {
  /** Empty for a malformed, unknown or revoked token. */
  Optional<AccessToken> authenticate(String bearerToken);

  /** The app behind a token, for {@code /api/v1/apps/verify_credentials}. */
  Optional<OAuthApp> app(ClientId clientId);
}
