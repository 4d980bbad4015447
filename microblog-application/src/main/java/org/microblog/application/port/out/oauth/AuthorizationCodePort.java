package org.microblog.application.port.out.oauth;

import java.util.Optional;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AuthorizationCode;

/** Approved authorizations waiting to be exchanged for a token, by the hash of their code. */
public interface AuthorizationCodePort {
  /** Stores the code, and forgets codes that expired unused before it was issued. */
  void add(AuthorizationCode code);

  /**
   * Removes the code and returns it, atomically: of two racing exchanges only one gets it, so a
   * code works once whatever the outcome of the exchange.
   */
  Optional<AuthorizationCode> take(TokenHash hash);
}
