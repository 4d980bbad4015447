package org.microblog.application.port.out.user;

import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;

/** A salted, deliberately slow password hash. */
public interface PasswordHasher {
  PasswordHash hash(Password password);

  /** Compares in time that does not depend on where the candidate differs. */
  boolean matches(String candidate, PasswordHash hash);

  /**
   * True when the hash was made with a weaker work factor (or another scheme) than this hasher now
   * uses, so that a successful login should store a fresh hash of the same password.
   */
  default boolean needsRehash(PasswordHash hash) {
    return false;
  }
}
