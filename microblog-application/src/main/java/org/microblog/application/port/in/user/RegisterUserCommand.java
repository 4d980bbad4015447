package org.microblog.application.port.in.user;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.Username;

/**
 * A request to open an account; building it from value objects is the validation.
 *
 * @param language the language the registration page was shown in: the account's from then on
 */
public record RegisterUserCommand(
    Username username, EmailAddress email, Password password, Optional<Language> language) {
  public RegisterUserCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(language, "language");
    password.ensureNotPersonal(username, email);
  }

  /** An account whose language is left to the browser. */
  public RegisterUserCommand(Username username, EmailAddress email, Password password) {
    this(username, email, password, Optional.empty());
  }
}
