package org.microblog.application.port.in.oauth;

/** Checks an authorization request before a person is asked to approve it. */
public interface AuthorizationRequestQuery {
  /**
   * @throws OAuthRefusal when the app is unknown, the redirect URI is not one it registered, the
   *     scopes are unknown or beyond the app's, or the PKCE challenge is malformed
   */
  CheckedAuthorization check(AuthorizationRequest request);
}
