package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** Replies, content warnings and threads, on the in-memory kit. */
class ThreadServicesTest {
  private final Fixtures fx = new Fixtures();

  @Test
  void aReplyShowsUnderItsPostWithItsContentWarning() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    long start = fx.post(alice, "start");

    PostId answer = reply(bob, start, "answer", "spoilers");

    PostThread thread = thread(start, 0);
    assertThat(thread.ancestors()).isEmpty();
    assertThat(thread.replies()).extracting(ThreadPost::id).containsExactly(answer);
    PostView shown = thread.replies().get(0).post().orElseThrow();
    assertThat(shown.warning().value()).isEqualTo("spoilers");
    assertThat(thread(answer.value(), 0).ancestors())
        .extracting(ThreadPost::id)
        .containsExactly(new PostId(start));
  }

  @Test
  void aReplyToAnUnknownPostIsRefusedAndNothingIsStored() {
    UserId alice = fx.register("alice");

    assertRefused(() -> reply(alice, 999, "into the void", ""), "inReplyTo.unknown");
    assertThat(fx.blog.persistence().posts().allBy(alice)).isEmpty();
  }

  @Test
  void aReplyToADeletedPostIsRefused() {
    UserId alice = fx.register("alice");
    UserId bob = fx.register("bob");
    long start = fx.post(alice, "start");
    PostId answer = reply(bob, start, "answer", "");
    deletePost(alice, start);

    assertRefused(() -> reply(bob, start, "too late", ""), "inReplyTo.deleted");
    PostThread thread = thread(answer.value(), 0);
    assertThat(thread.ancestors()).containsExactly(ThreadPost.deleted(new PostId(start)));
    assertThat(thread(start, 0).post().isDeleted()).isTrue();
  }

  @Test
  void aDeletedPostWithoutRepliesHasNoPage() {
    UserId alice = fx.register("alice");
    long lonely = fx.post(alice, "lonely");

    deletePost(alice, lonely);

    assertThat(fx.blog.useCases().threads().thread(new PostId(lonely), 0)).isEmpty();
  }

  @Test
  void repliesComeTwentyAPageOldestFirstByKeyset() {
    UserId alice = fx.register("alice");
    long start = fx.post(alice, "start");
    List<PostId> replies =
        IntStream.range(0, ThreadQuery.REPLIES_PER_PAGE + 3)
            .mapToObj(i -> reply(alice, start, "reply " + i, ""))
            .toList();

    PostThread first = thread(start, 0);
    assertThat(first.replies())
        .extracting(ThreadPost::id)
        .containsExactlyElementsOf(replies.subList(0, ThreadQuery.REPLIES_PER_PAGE));
    long next = first.nextReplies().orElseThrow();
    PostThread second = thread(start, next);
    assertThat(second.replies())
        .extracting(ThreadPost::id)
        .containsExactlyElementsOf(replies.subList(ThreadQuery.REPLIES_PER_PAGE, replies.size()));
    assertThat(second.nextReplies()).isEmpty();
  }

  private PostId reply(UserId author, long parent, String text, String warning) {
    return fx.blog
        .useCases()
        .publishPost()
        .publish(
            new PublishPostCommand(
                author,
                new PostText(text),
                Optional.empty(),
                new ContentWarning(warning),
                Optional.of(new PostId(parent))));
  }

  private PostThread thread(long id, long after) {
    return fx.blog.useCases().threads().thread(new PostId(id), after).orElseThrow();
  }

  private void deletePost(UserId author, long id) {
    fx.blog.useCases().deletePost().delete(new DeletePostCommand(author, new PostId(id)));
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            DomainException.class,
            refused -> {
              assertThat(refused.key()).isEqualTo(key);
              assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
  }
}
