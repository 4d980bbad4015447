package org.microblog.application.port.in.oauth;

/** {@code POST /oauth/revoke}: an app gives up one of its tokens. */
public interface RevokeTokenUseCase {
  /**
   * Revokes the token if it is the app's; an unknown token is not an error (RFC 7009).
   *
   * @throws OAuthRefusal {@code invalid_client} for wrong credentials, {@code unauthorized_client}
   *     for another app's token
   */
  void revoke(ClientCredentials client, String token);
}
