package org.microblog.application.service.account;

import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.account.DeleteAccountUseCase;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.login.AccountLogins;
import org.microblog.domain.user.User;

/** Deletes an account once its password has been typed again. */
public final class DeleteAccountService implements DeleteAccountUseCase {
  private final Accounts accounts;
  private final SaveUserPort saveUsers;
  private final AccountLogins logins;

  public DeleteAccountService(
      LoadUserPort loadUsers, SaveUserPort saveUsers, PasswordHasher hasher, AccountLogins logins) {
    this.accounts = new Accounts(loadUsers, hasher);
    this.saveUsers = saveUsers;
    this.logins = logins;
  }

  @Override
  public void delete(DeleteAccountCommand command) {
    User user = accounts.require(command.user());
    accounts.ensurePassword(user, command.password(), "password");
    saveUsers.delete(user.id());
    logins.endAll(user.id());
  }
}
