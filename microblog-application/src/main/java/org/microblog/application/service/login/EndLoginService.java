package org.microblog.application.service.login;

import org.microblog.application.port.in.login.EndLoginUseCase;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/** Ends one login of its owner; someone else's login is treated as unknown. */
public final class EndLoginService implements EndLoginUseCase {
  private final LoginRecordPort logins;
  private final ViewerChanges changes;

  public EndLoginService(LoginRecordPort logins, ViewerChanges changes) {
    this.logins = logins;
    this.changes = changes;
  }

  @Override
  public boolean end(UserId owner, LoginId login) {
    boolean ended = logins.end(owner, login);
    changes.loginsEnded(owner);
    return ended;
  }
}
