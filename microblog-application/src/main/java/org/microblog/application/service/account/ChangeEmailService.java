package org.microblog.application.service.account;

import org.microblog.application.port.in.account.ChangeEmailCommand;
import org.microblog.application.port.in.account.ChangeEmailUseCase;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;

/**
 * Mails a verification link to the new address. Nothing about the account changes until that link
 * is followed, so a mistyped address costs nothing and cannot take the account away.
 */
public final class ChangeEmailService implements ChangeEmailUseCase {
  private final Accounts accounts;
  private final LoadUserPort users;
  private final AccountMails mails;
  private final TokenMail tokenMail;

  public ChangeEmailService(
      LoadUserPort users, PasswordHasher hasher, AccountMails mails, TokenMail tokenMail) {
    this.accounts = new Accounts(users, hasher);
    this.users = users;
    this.mails = mails;
    this.tokenMail = tokenMail;
  }

  @Override
  public void requestChange(ChangeEmailCommand command) {
    User user = accounts.require(command.user());
    accounts.ensurePassword(user, command.currentPassword(), "current");
    EmailAddress wanted = command.newEmail();
    if (user.hasEmail(wanted)) {
      throw DomainException.invalid("email.same", "That is your current email address already.");
    }
    if (users.findByEmail(wanted).isPresent()) {
      throw EmailAddress.taken();
    }
    if (!tokenMail.withinLimit(user.id(), TokenPurpose.VERIFY_EMAIL)) {
      throw DomainException.conflict(
          "email.rate-limited",
          "We have sent several verification emails recently. Please wait an hour and try again.");
    }
    tokenMail.issueAndSend(
        user.id(),
        TokenPurpose.VERIFY_EMAIL,
        wanted,
        (token, expiresAt) ->
            mails.verifyEmail(user.username(), wanted, token, expiresAt, MailLanguage.of(user)));
  }
}
