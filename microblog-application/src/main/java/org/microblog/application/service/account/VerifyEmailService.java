package org.microblog.application.service.account;

import java.time.Clock;
import org.microblog.application.port.in.account.VerifyEmailUseCase;
import org.microblog.application.port.out.account.AccountTokenPort;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.account.AccountToken;
import org.microblog.domain.account.TokenPurpose;
import org.microblog.domain.account.TokenValue;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;

/**
 * Redeems a verification link. The address the link was mailed to becomes the account's verified
 * address; when it is a new one, the old address hears of the change (best effort: the change
 * stands even if that notice cannot be sent, and the mail adapter logs the failure).
 */
public final class VerifyEmailService implements VerifyEmailUseCase {
  private final AccountTokenPort tokens;
  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final AccountMails mails;
  private final MailSender sender;
  private final Clock clock;

  public VerifyEmailService(
      AccountTokenPort tokens,
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      AccountMails mails,
      MailSender sender,
      Clock clock) {
    this.tokens = tokens;
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.mails = mails;
    this.sender = sender;
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
      tellOldAddress(user, verified);
    }
    return verified;
  }

  private void tellOldAddress(User user, EmailAddress newAddress) {
    try {
      sender.send(mails.emailChanged(user.username(), user.email(), newAddress));
    } catch (MailDeliveryException | DomainException notSent) {
      // The change is made and verified; a lost notice must not undo it.
    }
  }
}
