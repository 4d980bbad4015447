package org.microblog.application.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microblog.application.crypto.Pbkdf2PasswordHasher;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;

class Pbkdf2PasswordHasherTest {
  private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

  @Test
  void matchesOnlyTheHashedPassword() {
    PasswordHash hash = hasher.hash(new Password("correct horse"));

    assertThat(hasher.matches("correct horse", hash)).isTrue();
    assertThat(hasher.matches("correct horsE", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash(new Password("same password")))
        .isNotEqualTo(hasher.hash(new Password("same password")));
  }

  @Test
  void refusesForeignEncodings() {
    assertThat(hasher.matches("x", new PasswordHash("$2a$10$something"))).isFalse();
  }
}
