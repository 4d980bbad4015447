package org.microblog.application.service.account;

import java.util.Optional;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.user.UserId;

/** Reads one's own account for the settings pages. */
public final class AccountService implements AccountQuery {
  private final LoadUserPort users;

  public AccountService(LoadUserPort users) {
    this.users = users;
  }

  @Override
  public Optional<AccountView> account(UserId user) {
    return users
        .findById(user)
        .map(
            u ->
                new AccountView(
                    u.id(),
                    u.username(),
                    u.email(),
                    u.about(),
                    u.emailVerified(),
                    u.postsFindable(),
                    u.language()));
  }
}
