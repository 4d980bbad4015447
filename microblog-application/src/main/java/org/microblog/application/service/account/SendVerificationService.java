package org.microblog.application.service.account;

import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/** Mails a link that verifies the account's current address, within the send limit. */
public final class SendVerificationService implements SendVerificationUseCase {
  private final LoadUserPort users;
  private final AccountMails mails;
  private final TokenMail tokenMail;

  public SendVerificationService(LoadUserPort users, AccountMails mails, TokenMail tokenMail) {
    this.users = users;
    this.mails = mails;
    this.tokenMail = tokenMail;
  }

  @Override
  public void send(UserId id) {
    User user =
        users
            .findById(id)
            .orElseThrow(
                () ->
                    DomainException.notFound("account.unknown", "That account no longer exists."));
    if (user.emailVerified()) {
      throw DomainException.invalid("verification.done", "Your email address is verified already.");
    }
    if (!tokenMail.withinLimit(id, TokenPurpose.VERIFY_EMAIL)) {
      throw DomainException.conflict(
          "verification.rate-limited",
          "We have sent several verification emails recently. Please wait an hour before asking"
              + " for another one.");
    }
    tokenMail.issueAndSend(
        id,
        TokenPurpose.VERIFY_EMAIL,
        user.email(),
        (token, expiresAt) ->
            mails.verifyEmail(
                user.username(), user.email(), token, expiresAt, MailLanguage.of(user)));
  }
}
