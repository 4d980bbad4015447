package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostText;
import org.microblog.domain.user.User;

/**
 * Each account's stored post count (Mastodon's {@code statuses_count}: posts, replies and boosts;
 * tombstones not) and the time it last posted (which never moves back), as profiles and lists of
 * people read them, kept with every change that adds or removes a post or a boost.
 */
public abstract class PostCountPortContract extends PortContract {

  @Test
  void postsRepliesAndBoostsCountAndTheLastPostTimeIsKept() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    assertThat(profileOf(alice, Optional.empty()))
        .extracting(ProfileView::posts, ProfileView::lastPostAt)
        .containsExactly(0L, Optional.empty());

    Post first = publish(alice, "first");
    Post later = publishAt(alice, "later", T0.plusSeconds(60));
    reply(bob, first, "answer", "");
    boost(bob, later);

    assertThat(profileOf(alice, Optional.empty()))
        .extracting(ProfileView::posts, ProfileView::lastPostAt)
        .containsExactly(2L, Optional.of(T0.plusSeconds(60)));
    assertThat(profileOf(bob, Optional.empty()).posts()).as("a reply and a boost").isEqualTo(2);
    assertThat(store.profiles().loadProfiles(List.of(alice.id(), bob.id())))
        .extracting(ProfileView::posts)
        .containsExactlyInAnyOrder(2L, 2L);
  }

  @Test
  void anEarlierPostDoesNotMoveTheLastPostTimeBack() {
    User alice = register("alice", "alice@example.org");
    publishAt(alice, "late", T0.plusSeconds(60));
    publish(alice, "clock behind");

    assertThat(profileOf(alice, Optional.empty()).lastPostAt()).contains(T0.plusSeconds(60));
  }

  @Test
  void unboostingAndDeletingUncountAndATombstoneDoesNotCount() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post answered = publish(alice, "answered");
    Post plain = publish(alice, "plain");
    reply(bob, answered, "answer", "");
    boost(bob, plain);
    boost(bob, answered);
    Post own = publish(bob, "own");
    boost(bob, own);
    assertThat(profileOf(bob, Optional.empty()).posts()).isEqualTo(5);

    store.boosts().unboost(bob.id(), own.id());
    store.boosts().unboost(bob.id(), own.id());
    assertThat(profileOf(bob, Optional.empty()).posts()).as("unboosted once").isEqualTo(4);

    store.savePosts().delete(answered.id());
    store.savePosts().delete(plain.id());
    store.savePosts().delete(plain.id());

    assertThat(profileOf(alice, Optional.empty()).posts()).as("one tombstone, one gone").isZero();
    assertThat(profileOf(bob, Optional.empty()).posts())
        .as("the boosts of both deleted posts went with them")
        .isEqualTo(2);
    assertThat(profileOf(alice, Optional.empty()).lastPostAt()).as("kept").contains(T0);
  }

  @Test
  void aBoostOfATombstoneOrATwiceBoostedPostCountsOnce() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "post");
    Post answered = publish(alice, "answered");
    reply(alice, answered, "self answer", "");
    store.savePosts().delete(answered.id());

    boost(bob, post);
    boost(bob, post);
    boost(bob, answered);

    assertThat(profileOf(bob, Optional.empty()).posts()).isEqualTo(1);
  }

  @Test
  void deletingAnAccountTakesItsPostsBoostsOutOfTheBoostersCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post one = publish(alice, "one");
    Post two = publish(alice, "two");
    Post bobs = publish(bob, "bob's");
    boost(bob, one);
    boost(bob, two);
    boost(carol, two);
    boost(carol, bobs);
    boost(alice, bobs);
    reply(bob, one, "stays", "");

    store.saveUsers().delete(alice.id());

    assertThat(profileOf(bob, Optional.empty()).posts()).as("own post and reply").isEqualTo(2);
    assertThat(profileOf(carol, Optional.empty()).posts()).as("the boost of bob's").isEqualTo(1);
  }

  @Test
  void followListsShowThePeoplesPostCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    publish(bob, "hello");
    follow(bob, alice);

    ProfileView listed =
        store.followLists().followers(alice.id(), PageRequest.first()).get(0).person();

    assertThat(listed.posts()).isEqualTo(1);
    assertThat(listed.lastPostAt()).contains(T0);
  }

  private Post publishAt(User author, String text, Instant at) {
    return store.savePosts().insert(new NewPost(author.id(), new PostText(text), at));
  }
}
