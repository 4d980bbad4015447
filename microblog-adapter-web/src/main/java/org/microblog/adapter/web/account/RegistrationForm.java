package org.microblog.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The registration form as submitted; the domain decides what is valid. */
@Serdeable
public record RegistrationForm(
    @Nullable String username,
    @Nullable String email,
    @Nullable String password,
    @Nullable String confirm) {

  /** What the form shows again after an error: never the passwords. */
  RegistrationForm withoutPasswords() {
    return new RegistrationForm(username, email, null, null);
  }
}
