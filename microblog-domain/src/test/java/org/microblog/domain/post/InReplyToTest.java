package org.microblog.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

class InReplyToTest {

  private final PostId parent = new PostId(10);
  private final UserId parentAuthor = new UserId(3);

  @Test
  void aReplyToAnExistingPostNamesItAndItsAuthor() {
    InReplyTo reply =
        InReplyTo.of(parent, Optional.of(new ReplyTarget(parent, parentAuthor, false)));

    assertThat(reply.postId()).isEqualTo(parent);
    assertThat(reply.parentAuthorId()).isEqualTo(parentAuthor);
  }

  @Test
  void aReplyToAnUnknownPostIsRefusedOnTheInReplyToField() {
    assertThatThrownBy(() -> InReplyTo.of(parent, Optional.empty()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("inReplyTo.unknown");
              assertThat(e.field()).isEqualTo("inReplyTo");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.getMessage()).isEqualTo("The post you are replying to does not exist.");
            });
  }

  @Test
  void aReplyToADeletedPostIsRefused() {
    assertThatThrownBy(
            () -> InReplyTo.of(parent, Optional.of(new ReplyTarget(parent, parentAuthor, true))))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("inReplyTo.deleted");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.getMessage()).contains("deleted");
            });
  }

  @Test
  void aTargetLoadedForAnotherIdCountsAsUnknown() {
    Optional<ReplyTarget> other = Optional.of(new ReplyTarget(new PostId(11), parentAuthor, false));

    assertThatThrownBy(() -> InReplyTo.of(parent, other))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("inReplyTo.unknown"));
  }

  @Test
  void knowsWhenSomeoneAnswersTheirOwnPost() {
    InReplyTo reply = new InReplyTo(parent, parentAuthor);

    assertThat(reply.answers(parentAuthor)).isTrue();
    assertThat(reply.answers(new UserId(4))).isFalse();
  }
}
