package org.microblog.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

class NotificationTest {

  private final UserId alice = new UserId(1);
  private final UserId bob = new UserId(2);
  private final Optional<PostId> post = Optional.of(new PostId(9));

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void nobodyIsNotifiedOfTheirOwnDoing(NotificationKind kind) {
    Optional<PostId> about = kind.aboutPost() ? post : Optional.empty();

    assertThat(Notification.of(alice, alice, kind, about, Instant.EPOCH)).isEmpty();
    assertThat(Notification.of(alice, bob, kind, about, Instant.EPOCH)).isPresent();
    assertThatThrownBy(() -> new Notification(alice, alice, kind, about, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFollowIsAboutNoPostAndTheOthersAboutOne() {
    assertThat(NotificationKind.FOLLOWED.aboutPost()).isFalse();
    assertThatThrownBy(
            () -> new Notification(alice, bob, NotificationKind.FOLLOWED, post, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Notification(
                    alice, bob, NotificationKind.LIKED, Optional.empty(), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void likingAgainIsTheSameNewsSoNotificationsDoNotPileUp() {
    Notification first = new Notification(alice, bob, NotificationKind.LIKED, post, Instant.EPOCH);
    Notification again =
        new Notification(alice, bob, NotificationKind.LIKED, post, Instant.EPOCH.plusSeconds(30));

    assertThat(again.identity()).isEqualTo(first.identity());
    assertThat(
            new Notification(alice, bob, NotificationKind.BOOSTED, post, Instant.EPOCH).identity())
        .isNotEqualTo(first.identity());
  }
}
