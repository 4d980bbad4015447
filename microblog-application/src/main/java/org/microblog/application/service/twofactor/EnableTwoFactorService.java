package org.microblog.application.service.twofactor;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.microblog.application.port.in.twofactor.EnableTwoFactorCommand;
import org.microblog.application.port.in.twofactor.EnableTwoFactorUseCase;
import org.microblog.application.port.out.account.TokenGenerator;
import org.microblog.application.port.out.mail.MailLanguage;
import org.microblog.application.port.out.twofactor.TwoFactorPort;
import org.microblog.application.service.login.SecurityMail;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.twofactor.RecoveryCode;
import org.microblog.domain.twofactor.TwoFactor;

/**
 * Turns two-factor authentication on: the confirming code must come from the new secret (so the app
 * surely holds it) and is used up at once; ten recovery codes are made, their hashes stored.
 */
public final class EnableTwoFactorService implements EnableTwoFactorUseCase {
  private final TwoFactorPort twoFactor;
  private final TokenGenerator random;
  private final SecurityMail mail;
  private final Clock clock;

  public EnableTwoFactorService(
      TwoFactorPort twoFactor, TokenGenerator random, SecurityMail mail, Clock clock) {
    this.twoFactor = twoFactor;
    this.random = random;
    this.mail = mail;
    this.clock = clock;
  }

  @Override
  public List<RecoveryCode> enable(EnableTwoFactorCommand command) {
    if (twoFactor.find(command.user()).isPresent()) {
      throw DomainException.conflict("code.already_on", "Two-factor authentication is on already.");
    }
    TwoFactor candidate = new TwoFactor(command.user(), command.secret(), Long.MIN_VALUE);
    OptionalLong step = candidate.accepts(command.code(), clock.instant());
    if (step.isEmpty()) {
      throw DomainException.invalid(
          "code.wrong", "That code is not right. Check the time on your phone and try again.");
    }
    List<RecoveryCode> codes =
        Stream.generate(() -> RecoveryCode.from(random.newToken()))
            .limit(RecoveryCode.COUNT)
            .toList();
    twoFactor.enable(
        new TwoFactor(command.user(), command.secret(), step.getAsLong()),
        codes.stream().map(RecoveryCode::hash).toList());
    mail.tell(
        command.user(),
        (mails, user) ->
            mails.twoFactorChanged(user.username(), user.email(), true, MailLanguage.of(user)));
    return codes;
  }
}
