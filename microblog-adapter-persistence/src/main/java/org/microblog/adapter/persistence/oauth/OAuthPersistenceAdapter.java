package org.microblog.adapter.persistence.oauth;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.application.port.out.oauth.AuthorizationCodePort;
import org.microblog.application.port.out.oauth.OAuthAppPort;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.user.UserId;

/**
 * The client API's apps, codes and tokens in {@code oauth_apps}, {@code oauth_codes} and {@code
 * oauth_tokens}, shared by every instance: a revoked token is gone for all of them at once.
 */
@Singleton
public class OAuthPersistenceAdapter
    implements OAuthAppPort, AuthorizationCodePort, AccessTokenPort {
  private final OAuthAppRepository apps;
  private final OAuthCodeRepository codes;
  private final OAuthTokenRepository tokens;

  OAuthPersistenceAdapter(
      OAuthAppRepository apps, OAuthCodeRepository codes, OAuthTokenRepository tokens) {
    this.apps = apps;
    this.codes = codes;
    this.tokens = tokens;
  }

  @Override
  public void add(OAuthApp app) {
    apps.save(OAuthRows.toEntity(app));
  }

  @Override
  public Optional<OAuthApp> find(ClientId clientId) {
    return apps.findById(clientId.value()).map(OAuthRows::toDomain);
  }

  /** Codes nobody exchanged are deleted once expired, by the next code issued. */
  @Override
  public void add(AuthorizationCode code) {
    codes.removeIssuedBefore(code.issuedAt().minus(AuthorizationCode.LIFETIME));
    codes.save(OAuthRows.toEntity(code));
  }

  @Override
  public Optional<AuthorizationCode> take(TokenHash hash) {
    Optional<OAuthCodeEntity> found = codes.findById(hash.value());
    if (found.isEmpty() || codes.remove(hash.value()) != 1) {
      return Optional.empty();
    }
    return found.map(OAuthRows::toDomain);
  }

  @Override
  public void add(AccessToken token) {
    tokens.save(OAuthRows.toEntity(token));
  }

  @Override
  public Optional<AccessToken> find(TokenHash hash) {
    return tokens.findById(hash.value()).map(OAuthRows::toDomain);
  }

  @Override
  public boolean revoke(TokenHash hash) {
    return tokens.remove(hash.value()) == 1;
  }

  @Override
  public void revokeApp(UserId user, ClientId clientId) {
    tokens.removeApp(user.value(), clientId.value());
  }

  @Override
  public void revokeAllOf(UserId user) {
    tokens.removeAllOf(user.value());
  }

  @Override
  public List<AuthorisedApp> appsOf(UserId user) {
    return tokens.appsOf(user.value(), LIST_LIMIT).stream().map(OAuthRows::toDomain).toList();
  }
}
