package org.microblog.application.service.oauth;

import java.time.Clock;
import org.microblog.application.port.in.oauth.RegisterAppCommand;
import org.microblog.application.port.in.oauth.RegisterAppUseCase;
import org.microblog.application.port.in.oauth.RegisteredApp;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.oauth.OAuthAppPort;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;

/** Registers an app with a random client id and secret; only the secret's hash is stored. */
public final class RegisterAppService implements RegisterAppUseCase {
  private final OAuthAppPort apps;
  private final TokenGenerator tokens;
  private final Clock clock;

  public RegisterAppService(OAuthAppPort apps, TokenGenerator tokens, Clock clock) {
    this.apps = apps;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public RegisteredApp register(RegisterAppCommand command) {
    TokenValue secret = tokens.newToken();
    OAuthApp app =
        new OAuthApp(
            new ClientId(tokens.newToken().value()),
            command.name(),
            command.website(),
            command.redirectUris(),
            command.scopes(),
            secret.hash(),
            clock.instant());
    apps.add(app);
    return new RegisteredApp(app, secret.value());
  }
}
