package org.microblog.application.service.login;

import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.domain.user.UserId;

/** Ends every login record of the account: each browser is logged out at its next request. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
  private final AccountLogins logins;

  public LogOutEverywhereService(AccountLogins logins) {
    this.logins = logins;
  }

  @Override
  public void logOutEverywhere(UserId user) {
    logins.endAll(user);
  }
}
