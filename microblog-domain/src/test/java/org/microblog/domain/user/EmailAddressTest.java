package org.microblog.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.domain.shared.DomainException;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"a@example.org", "first.last+tag@sub.example.co.uk", "X_Y@ex-ample.io"})
  void acceptsCommonAddresses(String address) {
    assertThat(new EmailAddress(address).value()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "@example.org",
        "a@",
        "a@b",
        "a@@example.org",
        "a b@example.org",
        "a@exa mple.org",
        "a..b@example.org",
        "<script>@example.org",
        "a@-example.org"
      })
  void rejectsMalformedAddresses(String address) {
    assertThatThrownBy(() -> new EmailAddress(address))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("email.syntax"));
  }

  @Test
  void rejectsEmptyAddress() {
    assertThatThrownBy(() -> new EmailAddress("  "))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("email.missing"));
  }

  @Test
  void acceptsAtMost254Characters() {
    String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(61);
    String longest = "l".repeat(64) + "@" + domain;
    assertThat(longest).hasSize(254);
    assertThat(new EmailAddress(longest).value()).isEqualTo(longest);
    assertThatThrownBy(() -> new EmailAddress("l" + longest))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("email.length"));
  }

  @Test
  void rejectsLocalPartLongerThan64() {
    assertThatThrownBy(() -> new EmailAddress("l".repeat(65) + "@example.org"))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void uniquenessIgnoresCase() {
    assertThat(new EmailAddress("Bob@Example.ORG").canonical()).isEqualTo("bob@example.org");
  }

  @Test
  void aTakenAddressIsAConflictWithTheSentenceAPersonReads() {
    DomainException taken = EmailAddress.taken();

    assertThat(taken.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(taken.key()).isEqualTo("email.taken");
    assertThat(taken.getMessage()).isEqualTo("That email address is already registered.");
  }
}
