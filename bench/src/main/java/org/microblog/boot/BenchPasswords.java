package org.microblog.boot;

import org.microblog.domain.user.Password;

/**
 * The app's own password hasher, reached from the bench (same package name, other module), so that
 * seeded hashes are exactly what the running app accepts and the cost table times the code path
 * that logins run.
 */
public final class BenchPasswords {
  private BenchPasswords() {}

  /** A stored hash ({@code bcrypt-sha256$...}) of the password at the given bcrypt cost. */
  public static String hash(String password, int cost) {
    return new BcryptPasswordHasher(cost).hash(new Password(password)).value();
  }
}
