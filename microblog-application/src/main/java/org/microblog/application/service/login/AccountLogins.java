package org.microblog.application.service.login;

import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.oauth.AccessTokenPort;
import org.microblog.domain.user.UserId;

/**
 * Ends every login of an account (password change or reset, "log out everywhere", deletion): the
 * records go, and so do the tokens of the apps the person authorised, and every instance forgets at
 * once that it found them valid.
 */
public final class AccountLogins {
  private final LoginRecordPort logins;
  private final ViewerChanges changes;
  private final AccessTokenPort appTokens;

  public AccountLogins(LoginRecordPort logins, ViewerChanges changes, AccessTokenPort appTokens) {
    this.logins = logins;
    this.changes = changes;
    this.appTokens = appTokens;
  }

  /** Ends the browser logins and revokes every app's token for the account. */
  public void endAll(UserId user) {
    logins.endAll(user);
    appTokens.revokeAllOf(user);
    changes.loginsEnded(user);
  }
}
