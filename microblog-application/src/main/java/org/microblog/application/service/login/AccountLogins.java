package org.microblog.application.service.login;

import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.user.UserId;

/**
 * Ends every login of an account (password change or reset, "log out everywhere", deletion): the
 * records go, and this instance forgets at once that it found them valid.
 */
public final class AccountLogins {
  private final LoginRecordPort logins;
  private final RecentlyValidLogins recent;

  public AccountLogins(LoginRecordPort logins, RecentlyValidLogins recent) {
    this.logins = logins;
    this.recent = recent;
  }

  public void endAll(UserId user) {
    logins.endAll(user);
    recent.forget(user);
  }
}
