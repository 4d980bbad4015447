package org.microblog.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

class PostNotificationsTest {
  private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
  private final PostId post = new PostId(40);
  private final UserId author = new UserId(1);
  private final UserId alice = new UserId(2);
  private final UserId bob = new UserId(3);

  @Test
  void aReplyTellsTheAnsweredAuthorAndEachMentionedPersonOnce() {
    List<Notification> sent =
        PostNotifications.of(post, author, Optional.of(alice), List.of(bob, bob), AT);

    assertThat(sent)
        .extracting(Notification::recipient, Notification::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(alice, NotificationKind.REPLIED),
            org.assertj.core.groups.Tuple.tuple(bob, NotificationKind.MENTIONED));
    assertThat(sent)
        .allSatisfy(
            n -> {
              assertThat(n.actor()).isEqualTo(author);
              assertThat(n.postId()).contains(post);
              assertThat(n.occurredAt()).isEqualTo(AT);
            });
  }

  @Test
  void someoneAnsweredAndMentionedHearsOfTheReplyOnly() {
    List<Notification> sent =
        PostNotifications.of(post, author, Optional.of(alice), List.of(alice), AT);

    assertThat(sent).extracting(Notification::kind).containsExactly(NotificationKind.REPLIED);
  }

  @Test
  void theAuthorHearsNothingOfTheirOwnReplyOrMention() {
    assertThat(PostNotifications.of(post, author, Optional.of(author), List.of(author), AT))
        .isEmpty();
    assertThat(PostNotifications.of(post, author, Optional.empty(), List.of(), AT)).isEmpty();
  }

  @Test
  void aPostThatAnswersNobodyOnlyMentions() {
    assertThat(PostNotifications.of(post, author, Optional.empty(), List.of(bob, alice), AT))
        .extracting(Notification::recipient)
        .containsExactly(bob, alice);
  }
}
