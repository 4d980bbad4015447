package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.microblog.application.port.in.login.LoginView;
import org.microblog.application.port.in.login.LoginsQuery;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.login.Login;
import org.microblog.domain.user.UserId;

/** Lists a person's live logins for the sessions page. */
public final class LoginsService implements LoginsQuery {
  private final LoginRecordPort logins;
  private final Clock clock;

  public LoginsService(LoginRecordPort logins, Clock clock) {
    this.logins = logins;
    this.clock = clock;
  }

  @Override
  public List<LoginView> loginsOf(UserId user) {
    Instant now = clock.instant();
    return logins.loginsOf(user).stream()
        .filter(login -> login.isLiveAt(now))
        .map(LoginsService::view)
        .toList();
  }

  private static LoginView view(Login login) {
    return new LoginView(
        login.id(),
        login.browser().value(),
        login.network().value(),
        login.remembered(),
        login.startedAt(),
        login.lastUsedAt(),
        login.expiresAt());
  }
}
