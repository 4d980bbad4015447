package org.microblog.application.service.login;

import java.time.Clock;
import org.microblog.application.port.in.login.LogOutEverywhereUseCase;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.user.UserId;

/** Moves the account's "logins valid from" to now: every login issued until now has ended. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
  private final SaveUserPort users;
  private final Clock clock;
  private final RecentlyValidLogins recent;

  public LogOutEverywhereService(SaveUserPort users, Clock clock, RecentlyValidLogins recent) {
    this.users = users;
    this.clock = clock;
    this.recent = recent;
  }

  @Override
  public void logOutEverywhere(UserId user) {
    users.endLogins(user, clock.instant());
    recent.forget(user);
  }
}
