package org.microblog.application.service.login;

import java.time.Instant;
import org.microblog.application.port.in.login.LoginValidityQuery;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.account.LoginsValidFrom;
import org.microblog.domain.user.UserId;

/**
 * Decides whether a login still counts, from the account's {@link LoginsValidFrom}: one primary-key
 * lookup, remembered for a few seconds when the login is valid ({@link RecentlyValidLogins}, which
 * the use cases that end logins clear at once).
 */
public final class LoginValidityService implements LoginValidityQuery {
  private final LoadUserPort users;
  private final RecentlyValidLogins recent;

  public LoginValidityService(LoadUserPort users, RecentlyValidLogins recent) {
    this.users = users;
    this.recent = recent;
  }

  @Override
  public boolean isLoginValid(UserId user, Instant issuedAt) {
    if (recent.isKnownValid(user, issuedAt)) {
      return true;
    }
    boolean valid =
        users
            .loginsValidFrom(user)
            .map(from -> new LoginsValidFrom(from).accepts(issuedAt))
            .orElse(false);
    if (valid) {
      recent.rememberValid(user, issuedAt);
    }
    return valid;
  }

  @Override
  public boolean isKnownValid(UserId user, Instant issuedAt) {
    return recent.isKnownValid(user, issuedAt);
  }
}
