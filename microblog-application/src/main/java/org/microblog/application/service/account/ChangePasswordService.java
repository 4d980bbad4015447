package org.microblog.application.service.account;

import org.microblog.application.port.in.account.ChangePasswordCommand;
import org.microblog.application.port.in.account.ChangePasswordUseCase;
import org.microblog.application.port.in.login.AuthenticatedUser;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.login.AccountLogins;
import org.microblog.domain.user.User;

/** Changes the password after checking the current one; every login of the account ends. */
public final class ChangePasswordService implements ChangePasswordUseCase {
  private final Accounts accounts;
  private final SaveUserPort saveUsers;
  private final PasswordHasher hasher;
  private final AccountLogins logins;

  public ChangePasswordService(
      LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasher hasher, AccountLogins logins) {
    this.accounts = new Accounts(loadUsers, hasher);
    this.saveUsers = saveUsers;
    this.hasher = hasher;
    this.logins = logins;
  }

  @Override
  public AuthenticatedUser change(ChangePasswordCommand command) {
    User user = accounts.require(command.user());
    accounts.ensurePassword(user, command.currentPassword(), "current");
    command.newPassword().ensureNotPersonal(user.username(), user.email());
    saveUsers.changePassword(user.id(), hasher.hash(command.newPassword()));
    logins.endAll(user.id());
    return new AuthenticatedUser(user.id(), user.username());
  }
}
