package org.microblog.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user about to be stored for the first time, before an id is assigned.
 *
 * @param language the language the registration page was shown in, kept as the account's
 */
public record NewUser(
    Username username,
    EmailAddress email,
    PasswordHash passwordHash,
    Instant registeredAt,
    Optional<Language> language) {
  public NewUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(language, "language");
  }

  /** An account whose person chose no language. */
  public NewUser(
      Username username, EmailAddress email, PasswordHash passwordHash, Instant registeredAt) {
    this(username, email, passwordHash, registeredAt, Optional.empty());
  }
}
