package org.microblog.application.service.account;

import java.util.Optional;
import org.microblog.application.port.in.account.RequestPasswordResetCommand;
import org.microblog.application.port.in.account.RequestPasswordResetUseCase;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.user.User;

/**
 * Mails a reset link to a known address, at most {@link TokenPurpose#RESET_PASSWORD}'s limit per
 * hour; an unknown address and a spent limit answer like a sent mail, so the answer reveals
 * nothing. Only a mail server failure is reported, because the person must know to try again.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {
  private final LoadUserPort users;
  private final AccountMails mails;
  private final TokenMail tokenMail;

  public RequestPasswordResetService(LoadUserPort users, AccountMails mails, TokenMail tokenMail) {
    this.users = users;
    this.mails = mails;
    this.tokenMail = tokenMail;
  }

  @Override
  public Outcome request(RequestPasswordResetCommand command) {
    Optional<User> user = users.findByEmail(command.email());
    if (user.isEmpty() || !tokenMail.withinLimit(user.get().id(), TokenPurpose.RESET_PASSWORD)) {
      return Outcome.ACCEPTED;
    }
    User owner = user.get();
    try {
      tokenMail.issueAndSend(
          owner.id(),
          TokenPurpose.RESET_PASSWORD,
          owner.email(),
          (token, expiresAt) ->
              mails.passwordReset(
                  owner.username(),
                  owner.email(),
                  token,
                  expiresAt,
                  MailLanguage.of(owner, command.language())));
      return Outcome.ACCEPTED;
    } catch (MailDeliveryException notSent) {
      return Outcome.MAIL_FAILED;
    }
  }
}
