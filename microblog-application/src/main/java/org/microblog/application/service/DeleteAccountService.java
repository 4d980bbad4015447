package org.microblog.application.service;

import org.microblog.application.port.in.DeleteAccountCommand;
import org.microblog.application.port.in.DeleteAccountUseCase;
import org.microblog.application.port.out.LoadUserPort;
import org.microblog.application.port.out.PasswordHasher;
import org.microblog.application.port.out.SaveUserPort;
import org.microblog.domain.user.User;

/** Deletes an account once its password has been typed again. */
public final class DeleteAccountService implements DeleteAccountUseCase {
  private final Accounts accounts;
  private final SaveUserPort saveUsers;
  private final RecentlyValidLogins recent;

  public DeleteAccountService(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      PasswordHasher hasher,
      RecentlyValidLogins recent) {
    this.accounts = new Accounts(loadUsers, hasher);
    this.saveUsers = saveUsers;
    this.recent = recent;
  }

  @Override
  public void delete(DeleteAccountCommand command) {
    User user = accounts.require(command.user());
    accounts.ensurePassword(user, command.password(), "password");
    saveUsers.delete(user.id());
    recent.forget(user.id());
  }
}
