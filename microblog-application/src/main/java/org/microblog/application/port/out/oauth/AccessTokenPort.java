package org.microblog.application.port.out.oauth;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.oauth.AuthorisedApp;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.user.UserId;

/** The client API's bearer tokens, by hash; revoking one deletes it. */
public interface AccessTokenPort {
  /** The most apps {@link #appsOf} lists. */
  int LIST_LIMIT = 100;

  void add(AccessToken token);

  Optional<AccessToken> find(TokenHash hash);

  /**
   * @return false when there was no such token (revoked already, or never issued)
   */
  boolean revoke(TokenHash hash);

  /** Revokes every token of the app that acts for the user. */
  void revokeApp(UserId user, ClientId clientId);

  /** Revokes every token that acts for the user (password change, "log out everywhere"). */
  void revokeAllOf(UserId user);

  /**
   * The apps holding a token for the user, each once with its newest token's scopes and date,
   * newest first, at most {@link #LIST_LIMIT}.
   */
  List<AuthorisedApp> appsOf(UserId user);
}
