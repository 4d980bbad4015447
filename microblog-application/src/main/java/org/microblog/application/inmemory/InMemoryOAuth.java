package org.microblog.application.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The client API's apps, codes and tokens in memory; same contract as the database. */
public final class InMemoryOAuth implements OAuthAppPort, AuthorizationCodePort, AccessTokenPort {
  private final InMemoryTables tables;

  InMemoryOAuth(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void add(OAuthApp app) {
    tables.locked(() -> tables.oauthApps.put(app.clientId(), app));
  }

  @Override
  public Optional<OAuthApp> find(ClientId clientId) {
    return tables.locked(() -> Optional.ofNullable(tables.oauthApps.get(clientId)));
  }

  @Override
  public void add(AuthorizationCode code) {
    tables.locked(
        () -> {
          tables
              .authorizationCodes
              .values()
              .removeIf(
                  old ->
                      old.issuedAt().isBefore(code.issuedAt().minus(AuthorizationCode.LIFETIME)));
          tables.authorizationCodes.put(code.hash(), code);
        });
  }

  @Override
  public Optional<AuthorizationCode> take(TokenHash hash) {
    return tables.locked(() -> Optional.ofNullable(tables.authorizationCodes.remove(hash)));
  }

  @Override
  public void add(AccessToken token) {
    tables.locked(() -> tables.accessTokens.put(token.hash(), token));
  }

  @Override
  public Optional<AccessToken> find(TokenHash hash) {
    return tables.locked(() -> Optional.ofNullable(tables.accessTokens.get(hash)));
  }

  @Override
  public boolean revoke(TokenHash hash) {
    return tables.locked(() -> tables.accessTokens.remove(hash) != null);
  }

  @Override
  public void revokeApp(UserId user, ClientId clientId) {
    tables.locked(
        () ->
            tables
                .accessTokens
                .values()
                .removeIf(
                    token ->
                        token.user().equals(Optional.of(user))
                            && token.clientId().equals(clientId)));
  }

  @Override
  public void revokeAllOf(UserId user) {
    tables.locked(
        () -> tables.accessTokens.values().removeIf(t -> t.user().equals(Optional.of(user))));
  }

  @Override
  public List<AuthorisedApp> appsOf(UserId user) {
    return tables.locked(
        () -> {
          Map<ClientId, AccessToken> newest = new LinkedHashMap<>();
          tables.accessTokens.values().stream()
              .filter(token -> token.user().equals(Optional.of(user)))
              .forEach(token -> newest.merge(token.clientId(), token, InMemoryOAuth::newer));
          return newest.values().stream()
              .sorted(
                  Comparator.comparing(AccessToken::createdAt)
                      .reversed()
                      .thenComparing(token -> token.clientId().value()))
              .limit(LIST_LIMIT)
              .map(
                  token ->
                      new AuthorisedApp(
                          tables.oauthApps.get(token.clientId()),
                          token.scopes(),
                          token.createdAt()))
              .toList();
        });
  }

  private static AccessToken newer(AccessToken a, AccessToken b) {
    int byDate = b.createdAt().compareTo(a.createdAt());
    return byDate > 0 || (byDate == 0 && b.hash().value().compareTo(a.hash().value()) > 0) ? b : a;
  }
}
