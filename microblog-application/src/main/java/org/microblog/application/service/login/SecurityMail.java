package org.microblog.application.service.login;

import java.util.function.BiFunction;
import org.microblog.application.port.out.mail.AccountMails;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.mail.MailMessage;
import org.microblog.application.port.out.mail.MailSender;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Sends a notice about the account's security (a new browser, two-factor turned on or off). A
 * notice is a courtesy: when the mail server is down the action it reports has still happened, so a
 * failed send is swallowed rather than undoing or refusing it.
 */
public final class SecurityMail {
  private final LoadUserPort users;
  private final AccountMails mails;
  private final MailSender sender;

  public SecurityMail(LoadUserPort users, AccountMails mails, MailSender sender) {
    this.users = users;
    this.mails = mails;
    this.sender = sender;
  }

  /** Writes the notice with the account's name and address and sends it. */
  public void tell(UserId user, BiFunction<AccountMails, User, MailMessage> notice) {
    users
        .findById(user)
        .ifPresent(
            account -> {
              try {
                sender.send(notice.apply(mails, account));
              } catch (MailDeliveryException notSent) {
                // The action stands; the person sees it on the sessions or two-factor page.
              }
            });
  }
}
