package org.microblog.application.service.user;

import java.time.Clock;
import org.microblog.application.port.in.account.SendVerificationUseCase;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.application.port.in.user.RegisterUserUseCase;
import org.microblog.application.port.out.mail.MailDeliveryException;
import org.microblog.application.port.out.user.PasswordHasher;
import org.microblog.application.port.out.user.SaveUserPort;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.UserId;

/**
 * Hashes the password, stores the account (the store guards uniqueness) and mails a link that
 * verifies the address. The account stands even when that mail cannot be sent: its owner sees the
 * address as unverified and can ask for the link again.
 */
public final class RegisterUserService implements RegisterUserUseCase {
  private final SaveUserPort users;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final SendVerificationUseCase verification;

  public RegisterUserService(
      SaveUserPort users,
      PasswordHasher hasher,
      Clock clock,
      SendVerificationUseCase verification) {
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
    this.verification = verification;
  }

  @Override
  public UserId register(RegisterUserCommand command) {
    NewUser user =
        new NewUser(
            command.username(),
            command.email(),
            hasher.hash(command.password()),
            clock.instant(),
            command.language());
    UserId id = users.insert(user).id();
    try {
      verification.send(id);
    } catch (MailDeliveryException | DomainException notSent) {
      // Registration succeeded; verification can be asked for again from the settings.
    }
    return id;
  }
}
