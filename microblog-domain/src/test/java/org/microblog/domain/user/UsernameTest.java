package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "Alice_99", "a23456789012345678901234567890"})
  void acceptsLettersDigitsAndUnderscoresWithinLength(String name) {
    assertThat(new Username(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "a234567890123456789012345678901"})
  void rejectsNamesOutsideLength(String name) {
    assertThatThrownBy(() -> new Username(name))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("username.length"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"al ice", "alice!", "<script>", "ålice", "bob\u0000x", "a.b.c"})
  void rejectsCharactersOutsideAsciiLettersDigitsAndUnderscore(String name) {
    assertThatThrownBy(() -> new Username(name))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("username.characters");
              assertThat(e.field()).isEqualTo("username");
            });
  }

  @Test
  void rejectsMissingValueWithLengthMessage() {
    assertThatThrownBy(() -> new Username(null)).isInstanceOf(DomainException.class);
  }

  @Test
  void trimsSurroundingWhitespace() {
    assertThat(new Username("  alice ").value()).isEqualTo("alice");
  }

  @Test
  void namesDifferingOnlyInCaseAreTheSameAccount() {
    assertThat(new Username("Alice").sameAs(new Username("aLICE"))).isTrue();
    assertThat(new Username("Alice").canonical()).isEqualTo("alice");
    assertThat(new Username("Alice").sameAs(new Username("Alicia"))).isFalse();
  }

  @Test
  void aTakenUsernameIsAConflictWithTheSentenceAPersonReads() {
    DomainException taken = Username.taken();

    assertThat(taken.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(taken.key()).isEqualTo("username.taken");
    assertThat(taken.getMessage()).isEqualTo("That username is taken.");
  }
}
