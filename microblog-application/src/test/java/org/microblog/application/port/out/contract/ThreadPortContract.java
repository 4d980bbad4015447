package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.ReplyTarget;
import org.microblog.domain.user.User;

/**
 * {@code LoadThreadPort} with {@code SavePostPort}: replies and content warnings stored, chains
 * read oldest first, replies by keyset, and a deleted post with replies kept as a tombstone.
 */
public abstract class ThreadPortContract extends PortContract {

  @Test
  void readsTheChainAPostAnswersOldestFirstWithWarnings() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    Post answer = reply(bob, start, "answer", "spoilers 😀");
    Post again = reply(alice, answer, "again", "");

    List<ThreadPost> chain = store.threads().chain(again.id(), 10);

    assertThat(chain)
        .extracting(ThreadPost::id)
        .containsExactly(start.id(), answer.id(), again.id());
    PostView middle = chain.get(1).post().orElseThrow();
    assertThat(middle.author()).isEqualTo(bob.username());
    assertThat(middle.warning().value()).isEqualTo("spoilers 😀");
    assertThat(middle.text().value()).isEqualTo("answer");
    assertThat(store.threads().chain(again.id(), 2))
        .extracting(ThreadPost::id)
        .containsExactly(answer.id(), again.id());
    assertThat(store.threads().chain(new PostId(999_999), 10)).isEmpty();
  }

  @Test
  void readsRepliesOldestFirstAfterTheCursor() {
    User alice = register("alice", "alice@example.org");
    Post start = publish(alice, "start");
    Post first = reply(alice, start, "first", "");
    publish(alice, "elsewhere");
    Post second = reply(alice, start, "second", "");
    Post third = reply(alice, start, "third", "");
    reply(alice, first, "deeper", "");

    assertThat(store.threads().replies(start.id(), 0, 2))
        .extracting(ThreadPost::id)
        .containsExactly(first.id(), second.id());
    assertThat(store.threads().replies(start.id(), second.id().value(), 2))
        .extracting(ThreadPost::id)
        .containsExactly(third.id());
  }

  @Test
  void aDeletedPostWithRepliesStaysAsATombstoneAndLeavesTimelines() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    Post answer = reply(bob, start, "answer", "");

    store.savePosts().delete(start.id());

    assertThat(store.loadPosts().findById(start.id())).isEmpty();
    assertThat(store.threads().chain(answer.id(), 10))
        .containsExactly(
            ThreadPost.deleted(start.id()), store.threads().chain(answer.id(), 1).get(0));
    assertThat(store.threads().replyTarget(start.id()))
        .contains(new ReplyTarget(start.id(), alice.id(), true));
    assertThat(store.timelines().explore(PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(answer.id());
  }

  @Test
  void aDeletedPostWithoutRepliesIsGoneAndItsRepliesStay() {
    User alice = register("alice", "alice@example.org");
    Post start = publish(alice, "start");
    Post answer = reply(alice, start, "answer", "");

    store.savePosts().delete(answer.id());

    assertThat(store.threads().replyTarget(answer.id())).isEmpty();
    assertThat(store.threads().replies(start.id(), 0, 10)).isEmpty();
    assertThat(store.threads().replyTarget(start.id()))
        .contains(new ReplyTarget(start.id(), alice.id(), false));
  }

  @Test
  void repliesToAGoneAccountsPostsStayAndAnswerNothing() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    Post answer = reply(bob, start, "answer", "");

    store.saveUsers().delete(alice.id());

    assertThat(store.threads().chain(answer.id(), 10))
        .extracting(ThreadPost::id)
        .containsExactly(answer.id());
    assertThat(store.threads().replyTarget(start.id())).isEqualTo(Optional.empty());
  }
}
