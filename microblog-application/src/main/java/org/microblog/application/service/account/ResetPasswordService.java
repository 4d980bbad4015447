package org.microblog.application.service.account;

import java.time.Clock;
import org.microblog.application.port.in.account.ResetPasswordCommand;
import org.microblog.application.port.in.account.ResetPasswordUseCase;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.login.AccountLogins;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.PasswordHash;
import org.microblog.domain.user.UserId;

/**
 * Redeems a reset link: the token is consumed atomically before the password changes, so a link
 * works once even when clicked twice at the same moment. Every login of the account ends.
 */
public final class ResetPasswordService implements ResetPasswordUseCase {
  private final AccountTokenPort tokens;
  private final LoadUserPort loadUsers;
  private final SaveUserPort users;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final AccountLogins logins;

  public ResetPasswordService(
      AccountTokenPort tokens,
      LoadUserPort loadUsers,
      SaveUserPort users,
      PasswordHasher hasher,
      Clock clock,
      AccountLogins logins) {
    this.tokens = tokens;
    this.loadUsers = loadUsers;
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
    this.logins = logins;
  }

  @Override
  public UserId reset(ResetPasswordCommand command) {
    AccountToken token =
        tokens
            .find(command.token().hash())
            .orElseThrow(() -> AccountToken.unknown(TokenPurpose.RESET_PASSWORD));
    token.ensureRedeemable(TokenPurpose.RESET_PASSWORD, clock.instant());
    loadUsers
        .findById(token.user())
        .ifPresent(user -> command.password().ensureNotPersonal(user.username(), user.email()));
    // Hash before consuming: the slow step must not leave a consumed token and an old password.
    PasswordHash hash = hasher.hash(command.password());
    if (!tokens.consume(token.hash())) {
      throw AccountToken.used(TokenPurpose.RESET_PASSWORD);
    }
    users.changePassword(token.user(), hash);
    logins.endAll(token.user());
    return token.user();
  }
}
