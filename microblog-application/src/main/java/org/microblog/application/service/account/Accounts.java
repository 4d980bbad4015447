package org.microblog.application.service.account;

import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/** What the account settings use cases share: finding one's account, re-checking its password. */
public final class Accounts {
  private final LoadUserPort users;
  private final PasswordHasher hasher;

  public Accounts(LoadUserPort users, PasswordHasher hasher) {
    this.users = users;
    this.hasher = hasher;
  }

  public User require(UserId id) {
    return users
        .findById(id)
        .orElseThrow(
            () -> DomainException.notFound("account.unknown", "That account no longer exists."));
  }

  /**
   * Refuses a wrong password, naming {@code field} (the form field it was typed into). An oversized
   * candidate is wrong without hashing it at length.
   */
  public void ensurePassword(User user, String candidate, String field) {
    boolean plausible = candidate.length() <= Password.MAX_LENGTH * 2;
    if (!(hasher.matches(plausible ? candidate : "", user.passwordHash()) && plausible)) {
      throw DomainException.invalid(field + ".wrong", "That password is not correct.");
    }
  }
}
