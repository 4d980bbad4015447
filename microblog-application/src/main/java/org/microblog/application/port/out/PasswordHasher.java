package org.microblog.application.port.out;

import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;

/** A salted, deliberately slow password hash. */
public interface PasswordHasher {
  PasswordHash hash(Password password);

  /** Compares in time that does not depend on where the candidate differs. */
  boolean matches(String candidate, PasswordHash hash);
}
