package org.microblog.domain.user;

import org.microblog.domain.shared.Text;

/** A salted slow hash of a password, in the hasher's own encoded form. */
public record PasswordHash(String value) {
  public PasswordHash {
    if (Text.orEmpty(value).isBlank()) {
      throw new IllegalArgumentException("password hash must not be empty");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[hidden]";
  }
}
