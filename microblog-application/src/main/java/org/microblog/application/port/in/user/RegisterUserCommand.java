package org.microblog.application.port.in.user;

import java.util.Objects;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.Username;

/** A request to open an account; building it from value objects is the validation. */
public record RegisterUserCommand(Username username, EmailAddress email, Password password) {
  public RegisterUserCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    password.ensureNotPersonal(username, email);
  }
}
