package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class ProfileServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");

  @Test
  void profileIsFoundIgnoringCaseAndAnonymousViewersFollowNobody() {
    var profile = fx.blog.useCases().profiles().profile(new Username("ALICE"), Optional.empty());

    assertThat(profile)
        .hasValueSatisfying(
            p -> {
              assertThat(p.username().value()).isEqualTo("alice");
              assertThat(p.viewerFollows()).isFalse();
              assertThat(p.memberSince()).isEqualTo(Fixtures.START);
            });
    assertThat(fx.blog.useCases().profiles().profile(new Username("nobody"), Optional.empty()))
        .isEmpty();
  }

  @Test
  void updatesUsernameAndAbout() {
    fx.blog
        .useCases()
        .updateProfile()
        .update(new UpdateProfileCommand(alice, new Username("Alice_B"), new AboutMe("Hi!"), true));

    var account = fx.blog.useCases().accounts().account(alice).orElseThrow();
    assertThat(account.username().value()).isEqualTo("Alice_B");
    assertThat(account.about().value()).isEqualTo("Hi!");
  }

  @Test
  void keepingOnesOwnNameInAnotherCaseIsAllowed() {
    fx.blog
        .useCases()
        .updateProfile()
        .update(new UpdateProfileCommand(alice, new Username("ALICE"), AboutMe.empty(), true));

    assertThat(fx.blog.useCases().accounts().account(alice).orElseThrow().username().value())
        .isEqualTo("ALICE");
  }

  @Test
  void someoneElsesNameIsRefusedAndNothingChanges() {
    fx.register("bob");

    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .updateProfile()
                    .update(
                        new UpdateProfileCommand(
                            alice, new Username("Bob"), new AboutMe("x"), true)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("username.taken"));
    var account = fx.blog.useCases().accounts().account(alice).orElseThrow();
    assertThat(account.username().value()).isEqualTo("alice");
    assertThat(account.about().isEmpty()).isTrue();
  }
}
