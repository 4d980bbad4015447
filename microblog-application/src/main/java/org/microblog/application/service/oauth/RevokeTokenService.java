package org.microblog.application.service.oauth;

import org.microblog.application.port.in.oauth.ClientCredentials;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.application.port.in.oauth.RevokeTokenUseCase;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent.LoginsEnded;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.shared.DomainException;

/**
 * An app revokes one of its own tokens (RFC 7009); the token's person hears of it on the event bus,
 * so that streams opened with it end at once.
 */
public final class RevokeTokenService implements RevokeTokenUseCase {
  private final OAuthClients clients;
  private final AccessTokenPort accessTokens;
  private final EventBus events;

  public RevokeTokenService(OAuthClients clients, AccessTokenPort accessTokens, EventBus events) {
    this.clients = clients;
    this.accessTokens = accessTokens;
    this.events = events;
  }

  @Override
  public void revoke(ClientCredentials client, String token) {
    OAuthApp app = clients.authenticate(client);
    TokenValue value;
    try {
      value = new TokenValue(token);
    } catch (DomainException malformed) {
      return;
    }
    AccessToken found = accessTokens.find(value.hash()).orElse(null);
    if (found == null) {
      return;
    }
    if (!found.clientId().equals(app.clientId())) {
      throw new OAuthRefusal(
          OAuthError.UNAUTHORIZED_CLIENT, "You are not authorized to revoke this token.");
    }
    accessTokens.revoke(value.hash());
    found.user().ifPresent(user -> events.publish(new LoginsEnded(user)));
  }
}
