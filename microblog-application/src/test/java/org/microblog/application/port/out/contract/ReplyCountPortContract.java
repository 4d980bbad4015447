package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microblog.domain.post.Post;
import org.microblog.domain.user.User;

/**
 * Reply counts stored with the posts: a reply counts on the post it answers (not further up), and
 * stops counting when it is deleted, left as a tombstone, or its author's account goes.
 */
public abstract class ReplyCountPortContract extends PortContract {

  @Test
  void aReplyCountsOnThePostItAnswersOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    Post answer = reply(bob, start, "answer", "");
    reply(alice, start, "another answer", "");
    reply(alice, answer, "deeper", "");

    assertThat(shown(start).replyCount()).isEqualTo(2);
    assertThat(shown(answer).replyCount()).isEqualTo(1);
  }

  @Test
  void aDeletedReplyStopsCountingAndSoDoesATombstone() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    Post lonely = reply(bob, start, "soon gone", "");
    Post answered = reply(bob, start, "answered, then gone", "");
    reply(alice, answered, "the answer keeps its place", "");
    reply(alice, start, "stays", "");

    store.savePosts().delete(lonely.id());
    store.savePosts().delete(answered.id());

    assertThat(shown(start).replyCount()).isEqualTo(1);
  }

  @Test
  void aGoneAccountsRepliesLeaveTheCount() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post start = publish(alice, "start");
    reply(bob, start, "one", "");
    reply(bob, start, "two", "");
    reply(alice, start, "three", "");

    store.saveUsers().delete(bob.id());

    assertThat(shown(start).replyCount()).isEqualTo(1);
  }
}
