package org.microblog.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A user about to be stored for the first time, before an id is assigned. */
public record NewUser(
    Username username, EmailAddress email, PasswordHash passwordHash, Instant registeredAt) {
  public NewUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }
}
