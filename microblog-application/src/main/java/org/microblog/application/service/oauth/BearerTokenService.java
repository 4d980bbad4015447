package org.microblog.application.service.oauth;

import java.util.Optional;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.application.port.out.oauth.OAuthAppPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.shared.DomainException;

/** Looks a bearer token up by its hash: one primary-key read per API request. */
public final class BearerTokenService implements BearerTokenQuery {
  private final AccessTokenPort accessTokens;
  private final OAuthAppPort apps;

  public BearerTokenService(AccessTokenPort accessTokens, OAuthAppPort apps) {
    this.accessTokens = accessTokens;
    this.apps = apps;
  }

  @Override
  public Optional<AccessToken> authenticate(String bearerToken) {
    try {
      return accessTokens.find(new TokenValue(bearerToken).hash());
    } catch (DomainException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public boolean isLive(TokenHash hash) {
    return accessTokens.find(hash).isPresent();
  }

  @Override
  public Optional<OAuthApp> app(ClientId clientId) {
    return apps.find(clientId);
  }
}
