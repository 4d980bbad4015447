package org.microblog.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The login form as submitted. */
@Serdeable
public record LoginForm(
    @Nullable String username,
    @Nullable String password,
    @Nullable String remember,
    @Nullable String next) {

  boolean rememberMe() {
    return remember != null && !remember.isBlank() && !"false".equalsIgnoreCase(remember);
  }
}
