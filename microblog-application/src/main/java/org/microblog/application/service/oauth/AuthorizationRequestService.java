package org.microblog.application.service.oauth;

import java.util.Optional;
import org.microblog.application.port.in.oauth.AuthorizationRequest;
import org.microblog.application.port.in.oauth.AuthorizationRequestQuery;
import org.microblog.application.port.in.oauth.CheckedAuthorization;
import org.microblog.application.port.in.oauth.OAuthError;
import org.microblog.application.port.in.oauth.OAuthRefusal;
import org.microblog.domain.oauth.CodeChallenge;
import org.microblog.domain.oauth.OAuthApp;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.shared.DomainException;

/**
 * The questions asked of every authorization request, on the consent page and again when it is
 * approved: a known app, one of its redirect URIs, scopes within its own, a well-formed challenge.
 */
public final class AuthorizationRequestService implements AuthorizationRequestQuery {
  private final OAuthClients clients;

  public AuthorizationRequestService(OAuthClients clients) {
    this.clients = clients;
  }

  @Override
  public CheckedAuthorization check(AuthorizationRequest request) {
    OAuthApp app = clients.find(request.clientId());
    if (!app.redirectUris().allows(request.redirectUri())) {
      throw new OAuthRefusal(
          OAuthError.INVALID_REQUEST,
          "The redirect URI included is not valid: it is not one this app registered.");
    }
    if (!"code".equals(request.responseType())) {
      throw new OAuthRefusal(
          OAuthError.UNSUPPORTED_RESPONSE_TYPE,
          "The authorization server does not support this response type.");
    }
    Scopes scopes = scopes(request.scope().orElse(null), app);
    return new CheckedAuthorization(app, request.redirectUri(), scopes, challenge(request));
  }

  /** The scopes asked for, which must be known and within the app's (a missing text is read). */
  static Scopes scopes(String text, OAuthApp app) {
    Scopes scopes;
    try {
      scopes = Scopes.parse(text);
    } catch (DomainException e) {
      throw invalidScope();
    }
    if (!app.scopes().coversAll(scopes)) {
      throw invalidScope();
    }
    return scopes;
  }

  private static Optional<CodeChallenge> challenge(AuthorizationRequest request) {
    if (request.codeChallenge().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          CodeChallenge.of(
              request.codeChallenge().get(), request.codeChallengeMethod().orElse("plain")));
    } catch (DomainException e) {
      throw new OAuthRefusal(OAuthError.INVALID_REQUEST, e.getMessage());
    }
  }

  private static OAuthRefusal invalidScope() {
    return new OAuthRefusal(
        OAuthError.INVALID_SCOPE, "The requested scope is invalid, unknown, or malformed.");
  }
}
