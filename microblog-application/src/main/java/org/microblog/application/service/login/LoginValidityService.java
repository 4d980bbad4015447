package org.microblog.application.service.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.out.login.LoginRecordPort;
import org.microblog.application.port.out.login.LoginWithUnread;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.user.UserId;

/**
 * Decides whether a login still counts from its record: one primary-key lookup, which also reads
 * the person's unread counts and chosen language, remembered for a few seconds when the login is
 * live ({@link RecentlyValidLogins}, which the use cases that end logins clear at once). The lookup
 * also writes down "last used", at most once a minute, which is what keeps a remembered login
 * alive.
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
  public Optional<LoginStatus> status(UserId user, LoginId login) {
    Optional<LoginStatus> known = knownStatus(user, login);
    if (known.isPresent()) {
      return known;
    }
    Instant now = clock.instant();
    Optional<LoginWithUnread> live =
        logins
            .findWithUnread(login)
            .filter(l -> l.login().user().equals(user))
            .filter(l -> l.login().isLiveAt(now));
    live.filter(l -> l.login().lastUseIsStaleAt(now))
        .ifPresent(l -> logins.touch(l.login().id(), now));
    live.ifPresent(
        l ->
            recent.rememberValid(
                user, login, l.unreadNotifications(), l.unreadMessages(), l.language()));
    return live.map(
        l ->
            new LoginStatus(
                Math.max(0, l.unreadNotifications()),
                Math.max(0, l.unreadMessages()),
                l.language()));
  }

  @Override
  public Optional<LoginStatus> knownStatus(UserId user, LoginId login) {
    return recent.knownStatus(user, login);
  }
}
