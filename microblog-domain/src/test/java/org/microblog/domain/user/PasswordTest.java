package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class PasswordTest {

  @Test
  void acceptsEightToHundredTwentyEightCharacters() {
    assertThat(new Password("12345678").value()).hasSize(8);
    assertThat(new Password("x".repeat(128)).value()).hasSize(128);
  }

  @Test
  void rejectsShorterThanEight() {
    assertThatThrownBy(() -> new Password("1234567"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("password.length"));
  }

  @Test
  void rejectsLongerThanHundredTwentyEight() {
    assertThatThrownBy(() -> new Password("x".repeat(129))).isInstanceOf(DomainException.class);
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    String eightEmoji = "\uD83D\uDE00".repeat(8);
    assertThat(new Password(eightEmoji).value()).isEqualTo(eightEmoji);
  }

  @Test
  void confirmationMustMatch() {
    assertThat(Password.confirmed("correct horse", "correct horse").value())
        .isEqualTo("correct horse");
    assertThatThrownBy(() -> Password.confirmed("correct horse", "correct h0rse"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("confirm"));
  }

  @Test
  void neverPrintsItself() {
    assertThat(new Password("secret-secret").toString()).doesNotContain("secret-secret");
    assertThat(new PasswordHash("$2a$hash").toString()).doesNotContain("$2a$hash");
  }
}
