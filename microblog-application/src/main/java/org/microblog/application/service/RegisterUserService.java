package org.microblog.application.service;

import java.time.Clock;
import org.microblog.application.port.in.RegisterUserCommand;
import org.microblog.application.port.in.RegisterUserUseCase;
import org.microblog.application.port.out.PasswordHasher;
import org.microblog.application.port.out.SaveUserPort;
import org.microblog.domain.user.NewUser;
import org.microblog.domain.user.UserId;

/** Hashes the password and stores the account; the store guards uniqueness. */
public final class RegisterUserService implements RegisterUserUseCase {
  private final SaveUserPort users;
  private final PasswordHasher hasher;
  private final Clock clock;

  public RegisterUserService(SaveUserPort users, PasswordHasher hasher, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Override
  public UserId register(RegisterUserCommand command) {
    NewUser user =
        new NewUser(
            command.username(), command.email(), hasher.hash(command.password()), clock.instant());
    return users.insert(user).id();
  }
}
