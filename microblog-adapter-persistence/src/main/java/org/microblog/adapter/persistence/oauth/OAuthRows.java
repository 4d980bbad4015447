package org.microblog.adapter.persistence.oauth;

import java.util.Optional;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.AppName;
import org.microblog.domain.oauth.AppWebsite;
import org.microblog.domain.oauth.AuthorizationCode;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.CodeChallenge;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.RedirectUris;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.user.UserId;

/**
 * Between the OAuth rows and domain values. Written by hand rather than with MapStruct: nearly
 * every field is a value object parsed from text or an optional column, which a generated mapper
 * would only delegate back to methods like these.
 */
final class OAuthRows {
  private OAuthRows() {}

  static OAuthAppEntity toEntity(OAuthApp app) {
    return new OAuthAppEntity(
        app.clientId().value(),
        app.name().value(),
        app.website().map(AppWebsite::value).orElse(null),
        app.redirectUris().text(),
        app.scopes().text(),
        app.secretHash().value(),
        app.createdAt());
  }

  static OAuthApp toDomain(OAuthAppEntity row) {
    return new OAuthApp(
        new ClientId(row.clientId()),
        new AppName(row.name()),
        AppWebsite.parse(row.website()),
        RedirectUris.parse(row.redirectUris()),
        Scopes.parse(row.scopes()),
        new TokenHash(row.secretHash()),
        row.createdAt());
  }

  static OAuthCodeEntity toEntity(AuthorizationCode code) {
    return new OAuthCodeEntity(
        code.hash().value(),
        code.clientId().value(),
        code.user().value(),
        code.redirectUri(),
        code.scopes().text(),
        code.challenge().map(CodeChallenge::value).orElse(null),
        code.issuedAt());
  }

  static AuthorizationCode toDomain(OAuthCodeEntity row) {
    return new AuthorizationCode(
        new TokenHash(row.codeHash()),
        new ClientId(row.clientId()),
        new UserId(row.userId()),
        row.redirectUri(),
        Scopes.parse(row.scopes()),
        Optional.ofNullable(row.codeChallenge()).map(CodeChallenge::new),
        row.issuedAt());
  }

  static OAuthTokenEntity toEntity(AccessToken token) {
    return new OAuthTokenEntity(
        token.hash().value(),
        token.clientId().value(),
        token.user().map(UserId::value).orElse(null),
        token.scopes().text(),
        token.createdAt());
  }

  static AccessToken toDomain(OAuthTokenEntity row) {
    return new AccessToken(
        new TokenHash(row.tokenHash()),
        new ClientId(row.clientId()),
        Optional.ofNullable(row.userId()).map(UserId::new),
        Scopes.parse(row.scopes()),
        row.createdAt());
  }

  static AuthorisedApp toDomain(AuthorisedAppRow row) {
    return new AuthorisedApp(
        toDomain(
            new OAuthAppEntity(
                row.clientId(),
                row.name(),
                row.website(),
                row.redirectUris(),
                row.appScopes(),
                row.secretHash(),
                row.appCreatedAt())),
        Scopes.parse(row.tokenScopes()),
        row.authorisedAt());
  }
}
