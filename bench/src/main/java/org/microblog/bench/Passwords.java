package org.microblog.bench;

import org.microblog.boot.BcryptPasswordHasher;
import org.microblog.domain.user.Password;

/**
 * Hashes with the app's own password hasher, so that seeded hashes are exactly what the running app
 * accepts and the cost table times the code path that logins run.
 */
final class Passwords {
  private Passwords() {}

  /** A stored hash ({@code bcrypt-sha256$...}) of the password at the given bcrypt cost. */
  static String hash(String password, int cost) {
    return new BcryptPasswordHasher(cost).hash(new Password(password)).value();
  }
}
