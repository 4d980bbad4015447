package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.PasswordHash;

class BcryptPasswordHasherTest {
  private final BcryptPasswordHasher cost4 = new BcryptPasswordHasher(4);

  @Test
  void matchesOnlyTheSamePasswordAndEveryCharacterCounts() {
    String longPassword = "x".repeat(100) + "tail-1";
    PasswordHash hash = cost4.hash(new Password(longPassword));

    assertThat(hash.value()).startsWith("bcrypt-sha256$$2a$04$");
    assertThat(cost4.matches(longPassword, hash)).isTrue();
    assertThat(cost4.matches("x".repeat(100) + "tail-2", hash))
        .as("differs after bcrypt's 72 bytes")
        .isFalse();
    assertThat(cost4.matches("", hash)).isFalse();
    assertThat(cost4.matches("anything", new PasswordHash("pbkdf2-sha256$1$a$b"))).isFalse();
  }

  @Test
  void aHashOfALowerCostOrAnotherSchemeNeedsRehashing() {
    PasswordHash weak = cost4.hash(new Password("purple giraffe"));

    assertThat(cost4.needsRehash(weak)).isFalse();
    assertThat(new BcryptPasswordHasher(5).needsRehash(weak)).isTrue();
    assertThat(cost4.needsRehash(new PasswordHash("pbkdf2-sha256$1000$salt$hash"))).isTrue();
  }
}
