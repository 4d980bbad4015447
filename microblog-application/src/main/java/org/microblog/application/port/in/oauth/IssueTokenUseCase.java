package org.microblog.application.port.in.oauth;

import java.util.Optional;

/** {@code POST /oauth/token}: the two grants Microblog offers (there is no password grant). */
public interface IssueTokenUseCase {
  /**
   * @throws OAuthRefusal {@code invalid_client} for wrong credentials, {@code invalid_grant} for an
   *     unknown, used or expired code, another redirect URI or a wrong PKCE verifier
   */
  IssuedToken exchangeCode(CodeExchange exchange);

  /** A token for the app alone, with at most the app's scopes. */
  IssuedToken clientCredentials(ClientCredentials client, Optional<String> scope);
}
