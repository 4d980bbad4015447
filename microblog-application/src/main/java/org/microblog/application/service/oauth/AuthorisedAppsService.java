package org.microblog.application.service.oauth;

import java.util.List;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.application.port.in.oauth.AuthorisedAppsUseCase;
import org.microblog.application.port.out.event.EventBus;
import org.microblog.application.port.out.event.LiveEvent.LoginsEnded;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.user.UserId;

/**
 * The settings page's list of authorised apps, and its "revoke", which the person's open app
 * streams hear of on the event bus (and end).
 */
public final class AuthorisedAppsService implements AuthorisedAppsUseCase {
  private final AccessTokenPort accessTokens;
  private final EventBus events;

  public AuthorisedAppsService(AccessTokenPort accessTokens, EventBus events) {
    this.accessTokens = accessTokens;
    this.events = events;
  }

  @Override
  public List<AuthorisedApp> appsOf(UserId user) {
    return accessTokens.appsOf(user);
  }

  @Override
  public void revoke(UserId user, ClientId clientId) {
    accessTokens.revokeApp(user, clientId);
    events.publish(new LoginsEnded(user));
  }
}
