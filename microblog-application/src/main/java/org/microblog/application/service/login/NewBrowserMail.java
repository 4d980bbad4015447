package org.microblog.application.service.login;

import java.util.List;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.domain.login.Login;

/**
 * Announces a login from a browser that none of the person's other live logins uses. The first
 * login of an account with no live login is not announced (a new account, or everything logged
 * out): there is nothing to compare it with, and a mail on every such login would teach people to
 * ignore these mails.
 */
public final class NewBrowserMail {
  private final SecurityMail mail;

  public NewBrowserMail(SecurityMail mail) {
    this.mail = mail;
  }

  void sendIfUnseen(Login login, List<Login> earlier) {
    boolean seen = earlier.stream().anyMatch(other -> other.browser().equals(login.browser()));
    if (earlier.isEmpty() || seen) {
      return;
    }
    mail.tell(
        login.user(),
        (mails, user) ->
            mails.newBrowserLogin(
                user.username(),
                user.email(),
                login.browser().value(),
                login.network().value(),
                login.startedAt(),
                MailLanguage.of(user)));
  }
}
