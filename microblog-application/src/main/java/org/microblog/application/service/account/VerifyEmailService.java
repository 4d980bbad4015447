package org.microblog.application.service.account;

import java.time.Clock;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.application.service.mail.BackgroundMail;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;

/**
 * Redeems a verification link. The address the link was mailed to becomes the account's verified
 * address; when it is a new one, the old address hears of the change by a queued mail, retried
 * while the mail server is down (the change stands whatever becomes of that notice).
 */
public final class VerifyEmailService implements VerifyEmailUseCase {
  private final AccountTokenPort tokens;
  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final BackgroundMail backgroundMail;
  private final Clock clock;

  public VerifyEmailService(
      AccountTokenPort tokens,
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      BackgroundMail backgroundMail,
      Clock clock) {
    this.tokens = tokens;
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.backgroundMail = backgroundMail;
    this.clock = clock;
  }

  @Override
  public EmailAddress verify(TokenValue value) {
    AccountToken token =
        tokens
            .find(value.hash())
            .orElseThrow(() -> AccountToken.unknown(TokenPurpose.VERIFY_EMAIL));
    token.ensureRedeemable(TokenPurpose.VERIFY_EMAIL, clock.instant());
    User user =
        loadUsers
            .findById(token.user())
            .orElseThrow(() -> AccountToken.unknown(TokenPurpose.VERIFY_EMAIL));
    if (!tokens.consume(token.hash())) {
      throw AccountToken.used(TokenPurpose.VERIFY_EMAIL);
    }
    EmailAddress verified = token.email();
    saveUsers.changeEmail(user.id(), verified, true);
    if (!user.hasEmail(verified)) {
      backgroundMail.emailChanged(user, verified);
    }
    return verified;
  }
}
