package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/**
 * Decides whether a login still counts from its record: one primary-key lookup, remembered for a
 * few seconds when the login is live ({@link RecentlyValidLogins}, which the use cases that end
 * logins clear at once). The lookup also writes down "last used", at most once a minute, which is
 * what keeps a remembered login alive.
 */
public final class LoginValidityService implements LoginValidityQuery {
  private final LoginRecordPort logins;
  private final RecentlyValidLogins recent;
  private final Clock clock;

  public LoginValidityService(LoginRecordPort logins, RecentlyValidLogins recent, Clock clock) {
    this.logins = logins;
    this.recent = recent;
    this.clock = clock;
  }

  @Override
  public boolean isLoginValid(UserId user, LoginId login) {
    if (recent.isKnownValid(user, login)) {
      return true;
    }
    Instant now = clock.instant();
    Optional<Login> live =
        logins.find(login).filter(l -> l.user().equals(user)).filter(l -> l.isLiveAt(now));
    live.filter(l -> l.lastUseIsStaleAt(now)).ifPresent(l -> logins.touch(l.id(), now));
    live.ifPresent(l -> recent.rememberValid(user, login));
    return live.isPresent();
  }

  @Override
  public boolean isKnownValid(UserId user, LoginId login) {
    return recent.isKnownValid(user, login);
  }
}
