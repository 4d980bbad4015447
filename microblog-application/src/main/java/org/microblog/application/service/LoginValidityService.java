package org.microblog.application.service;

import java.time.Instant;
import org.microblog.application.port.in.LoginValidityQuery;
import org.microblog.application.port.out.LoadUserPort;
import org.microblog.domain.account.LoginsValidFrom;
import org.microblog.domain.user.UserId;

/**
 * Decides whether a login still counts, from the account's {@link LoginsValidFrom}: one primary-key
 * lookup per call, with no cache, so an ended login is refused on its very next request on every
 * instance.
 */
public final class LoginValidityService implements LoginValidityQuery {
  private final LoadUserPort users;

  public LoginValidityService(LoadUserPort users) {
    this.users = users;
  }

  @Override
  public boolean isLoginValid(UserId user, Instant issuedAt) {
    return users
        .loginsValidFrom(user)
        .map(from -> new LoginsValidFrom(from).accepts(issuedAt))
        .orElse(false);
  }
}
