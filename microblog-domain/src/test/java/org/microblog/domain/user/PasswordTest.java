package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;

class PasswordTest {

  @Test
  void acceptsEightToHundredTwentyEightCharacters() {
    assertThat(new Password("zq8#Lm2!").value()).hasSize(8);
    assertThat(new Password("x".repeat(128)).value()).hasSize(128);
  }

  @Test
  void rejectsTheMostCommonPasswordsIgnoringCase() {
    for (String common :
        new String[] {"password", "12345678", "iloveyou", "Sunshine", "QWERTYUIOP"}) {
      assertThatThrownBy(() -> new Password(common))
          .as(common)
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.key()).isEqualTo("password.common"));
    }
    assertThat(new Password("purple-giraffe-42").value()).isEqualTo("purple-giraffe-42");
  }

  @Test
  void mustNotBeTheUsernameOrEmail() {
    Username username = new Username("MaryAnn_1990");
    EmailAddress email = new EmailAddress("maryann@example.org");

    assertThatThrownBy(() -> new Password("maryann_1990").ensureNotPersonal(username, email))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("password.personal"));
    assertThatThrownBy(() -> new Password("MaryAnn@Example.org").ensureNotPersonal(username, email))
        .isInstanceOf(DomainException.class);
    new Password("maryann-rocks-1990").ensureNotPersonal(username, email);
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
