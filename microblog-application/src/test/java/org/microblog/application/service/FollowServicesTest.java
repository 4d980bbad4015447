package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

class FollowServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");

  private ProfileView profileOfBobAsSeenBy(UserId viewer) {
    return fx.blog
        .useCases()
        .profiles()
        .profile(new Username("bob"), Optional.of(viewer))
        .orElseThrow();
  }

  @Test
  void followingIsCountedAndIdempotent() {
    fx.blog.useCases().followUser().follow(new FollowCommand(alice, new Username("BOB")));
    fx.blog.useCases().followUser().follow(new FollowCommand(alice, new Username("bob")));

    ProfileView bobProfile = profileOfBobAsSeenBy(alice);
    assertThat(bobProfile.followers()).isEqualTo(1);
    assertThat(bobProfile.viewerFollows()).isTrue();
    assertThat(profileOfBobAsSeenBy(bob).viewerFollows()).isFalse();
  }

  @Test
  void unfollowingUndoesAndIsIdempotent() {
    fx.blog.useCases().followUser().follow(new FollowCommand(alice, new Username("bob")));

    fx.blog.useCases().unfollowUser().unfollow(new FollowCommand(alice, new Username("bob")));
    fx.blog.useCases().unfollowUser().unfollow(new FollowCommand(alice, new Username("bob")));

    assertThat(profileOfBobAsSeenBy(alice).followers()).isZero();
    assertThat(profileOfBobAsSeenBy(alice).viewerFollows()).isFalse();
  }

  @Test
  void followingYourselfIsRefused() {
    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .followUser()
                    .follow(new FollowCommand(alice, new Username("Alice"))))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("follow.self"));
  }

  @Test
  void followingAnUnknownUserIsNotFound() {
    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .followUser()
                    .follow(new FollowCommand(alice, new Username("ghost"))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }
}
