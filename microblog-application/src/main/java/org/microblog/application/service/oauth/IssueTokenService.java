package org.microblog.application.service.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.microblog.application.port.in.oauth.ClientCredentials;
import org.microblog.application.port.in.oauth.CodeExchange;
import org.microblog.application.port.in.oauth.IssueTokenUseCase;
import org.microblog.application.port.in.oauth.IssuedToken;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.application.port.out.oauth.AuthorizationCodePort;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/**
 * Exchanges codes and client credentials for bearer tokens. A code is taken from the store before
 * it is checked, so a wrong verifier or redirect URI uses it up as well: a code is tried once.
 */
public final class IssueTokenService implements IssueTokenUseCase {
  private final OAuthClients clients;
  private final AuthorizationCodePort codes;
  private final AccessTokenPort accessTokens;
  private final TokenGenerator tokens;
  private final Clock clock;

  public IssueTokenService(
      OAuthClients clients,
      AuthorizationCodePort codes,
      AccessTokenPort accessTokens,
      TokenGenerator tokens,
      Clock clock) {
    this.clients = clients;
    this.codes = codes;
    this.accessTokens = accessTokens;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public IssuedToken exchangeCode(CodeExchange exchange) {
    OAuthApp app = clients.authenticate(exchange.client());
    Instant now = clock.instant();
    AuthorizationCode code =
        parse(exchange.code())
            .flatMap(value -> codes.take(value.hash()))
            .orElseThrow(this::invalidGrant);
    if (!code.redeemableBy(app.clientId(), exchange.redirectUri(), exchange.codeVerifier(), now)) {
      throw invalidGrant();
    }
    return issue(app, Optional.of(code.user()), code.scopes(), now);
  }

  @Override
  public IssuedToken clientCredentials(ClientCredentials client, Optional<String> scope) {
    OAuthApp app = clients.authenticate(client);
    Scopes scopes = AuthorizationRequestService.scopes(scope.orElse(null), app);
    return issue(app, Optional.empty(), scopes, clock.instant());
  }

  private IssuedToken issue(OAuthApp app, Optional<UserId> user, Scopes scopes, Instant now) {
    TokenValue token = tokens.newToken();
    accessTokens.add(new AccessToken(token.hash(), app.clientId(), user, scopes, now));
    return new IssuedToken(token.value(), scopes, now);
  }

  private static Optional<TokenValue> parse(String code) {
    try {
      return Optional.of(new TokenValue(code));
    } catch (DomainException malformed) {
      return Optional.empty();
    }
  }

  private OAuthRefusal invalidGrant() {
    return new OAuthRefusal(
        OAuthError.INVALID_GRANT,
        "The provided authorization grant is invalid, expired, revoked, does not match the"
            + " redirection URI used in the authorization request, or was issued to another"
            + " client.");
  }
}
