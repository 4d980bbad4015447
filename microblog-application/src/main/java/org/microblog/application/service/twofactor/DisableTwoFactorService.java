package org.microblog.application.service.twofactor;

import java.time.Clock;
import org.microblog.application.port.in.twofactor.DisableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.DisableTwoFactorUseCase;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.application.service.account.Accounts;
import org.microblog.application.service.login.SecurityMail;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.TwoFactor;
import org.microblog.domain.user.User;

/** Turns two-factor authentication off after the password and a current code. */
public final class DisableTwoFactorService implements DisableTwoFactorUseCase {
  private final TwoFactorPort twoFactor;
  private final Accounts accounts;
  private final SecurityMail mail;
  private final Clock clock;

  public DisableTwoFactorService(
      TwoFactorPort twoFactor, Accounts accounts, SecurityMail mail, Clock clock) {
    this.twoFactor = twoFactor;
    this.accounts = accounts;
    this.mail = mail;
    this.clock = clock;
  }

  @Override
  public void disable(DisableTwoFactorCommand command) {
    User user = accounts.require(command.user());
    accounts.ensurePassword(user, command.password(), "password");
    TwoFactor current =
        twoFactor
            .find(user.id())
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "code.already_off", "Two-factor authentication is off."));
    boolean codeRight =
        current.accepts(command.code(), clock.instant()).stream()
            .anyMatch(step -> twoFactor.useStep(user.id(), step));
    if (!codeRight) {
      throw DomainException.invalid("code.wrong", "That code is not right.");
    }
    twoFactor.disable(user.id());
    mail.tell(
        user.id(),
        (mails, account) ->
            mails.twoFactorChanged(
                account.username(), account.email(), false, MailLanguage.of(account)));
  }
}
