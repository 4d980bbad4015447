package org.microblog.application.service.login;

import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.user.UserId;

/**
 * Ends every login of an account (password change or reset, "log out everywhere", deletion): the
 * records go, and every instance forgets at once that it found them valid.
 */
public final class AccountLogins {
  private final LoginRecordPort logins;
  private final ViewerChanges changes;

  public AccountLogins(LoginRecordPort logins, ViewerChanges changes) {
    this.logins = logins;
    this.changes = changes;
  }

  public void endAll(UserId user) {
    logins.endAll(user);
    changes.loginsEnded(user);
  }
}
