package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.ChangePasswordCommand;
import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.login.AuthenticateUserCommand;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.domain.post.Post;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Password;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class AccountSettingsServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsOlderLogins() {
    ChangePasswordCommand wrong =
        new ChangePasswordCommand(alice, "not it", new Password("brand new password"));
    assertRefused(() -> fx.blog.useCases().changePassword().change(wrong), "current.wrong");

    var earlier = fx.logIn(alice);
    fx.clock.advance(Duration.ofSeconds(30));
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, earlier)).isTrue();
    var loggedIn =
        fx.blog
            .useCases()
            .changePassword()
            .change(
                new ChangePasswordCommand(
                    alice, fx.passwordOf("alice"), new Password("brand new password")));

    assertThat(loggedIn.username()).isEqualTo(new Username("alice"));
    assertThat(
            fx.blog
                .useCases()
                .authenticateUser()
                .authenticate(new AuthenticateUserCommand("alice", "brand new password")))
        .isPresent();
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, earlier)).isFalse();
    assertThat(fx.blog.persistence().logins().loginsOf(alice)).isEmpty();
  }

  @Test
  void deletingNeedsThePasswordAndRemovesPostsAndFollowsAndFreesTheName() {
    UserId bob = fx.register("bob");
    fx.post(alice, "alice's post");
    long bobsPost = fx.post(bob, "bob's post");
    fx.blog.useCases().followUser().follow(new FollowCommand(bob, new Username("alice")));

    assertRefused(
        () -> fx.blog.useCases().deleteAccount().delete(new DeleteAccountCommand(alice, "nope")),
        "password.wrong");
    assertThat(fx.blog.persistence().users().findById(alice)).isPresent();

    var login = fx.logIn(alice);
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, login)).isTrue();
    fx.blog
        .useCases()
        .deleteAccount()
        .delete(new DeleteAccountCommand(alice, fx.passwordOf("alice")));

    assertThat(fx.blog.persistence().users().findById(alice)).isEmpty();
    assertThat(fx.blog.useCases().postExport().allPostsOf(alice)).isEmpty();
    assertThat(
            fx.blog.useCases().profiles().profile(new Username("bob"), java.util.Optional.empty()))
        .hasValueSatisfying(p -> assertThat(p.following()).isZero());
    assertThat(fx.blog.useCases().postExport().allPostsOf(bob))
        .extracting(p -> p.id().value())
        .containsExactly(bobsPost);
    assertThat(fx.blog.useCases().loginValidity().isLoginValid(alice, login)).isFalse();
    assertThat(fx.blog.persistence().logins().find(login)).isEmpty();
    assertThat(fx.register("alice")).isNotEqualTo(alice);
  }

  @Test
  void theExportHoldsAllOfOnesOwnPostsNewestFirst() {
    UserId bob = fx.register("bob");
    fx.post(alice, "first");
    fx.post(bob, "not mine");
    fx.post(alice, "second");

    assertThat(fx.blog.useCases().postExport().allPostsOf(alice))
        .extracting(Post::text)
        .extracting(Object::toString)
        .containsExactly("second", "first");
  }
}
