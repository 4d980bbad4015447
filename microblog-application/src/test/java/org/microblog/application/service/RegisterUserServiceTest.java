package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.user.RegisterUserCommand;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.User;
import org.microblog.domain.user.Username;

class RegisterUserServiceTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void storesTheAccountWithAHashNeverThePassword() {
    var id = fx.register("alice");

    User alice = fx.blog.persistence().users().findById(id).orElseThrow();
    assertThat(alice.username().value()).isEqualTo("alice");
    assertThat(alice.passwordHash().value()).doesNotContain("password-of-alice");
    assertThat(alice.memberSince()).isEqualTo(Fixtures.START);
  }

  @Test
  void refusesAUsernameTakenInAnotherCase() {
    fx.register("Alice");

    assertThatThrownBy(() -> fx.register("aLICE"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("username.taken");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            });
  }

  @Test
  void refusesAnEmailTakenInAnotherCase() {
    fx.register("alice");
    var command =
        new RegisterUserCommand(
            new Username("bob"), new EmailAddress("ALICE@example.org"), new Password("8chars-ok"));

    assertThatThrownBy(() -> fx.blog.useCases().registerUser().register(command))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("email.taken"));
    assertThat(fx.blog.persistence().users().findByUsername(new Username("bob"))).isEmpty();
  }
}
