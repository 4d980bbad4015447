package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.User;

/**
 * {@code BoostPort} and {@code ReaderInteractionsPort}: idempotent boosts whose stored counts lists
 * show, ids from the posts' sequence, boosts that go with their post, and a reader's likes and
 * boosts of a page found in one read.
 */
public abstract class BoostPortContract extends PortContract {

  @Test
  void boostingTwiceCountsOnceAndUnboostingTakesItBack() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "boostable");

    assertThat(boost(bob, post)).isTrue();
    assertThat(boost(bob, post)).as("boosting again changes nothing").isFalse();
    assertThat(boost(alice, post)).as("authors may boost their own posts").isTrue();
    assertThat(shown(post).boostCount()).isEqualTo(2);
    assertThat(boosted(bob, post)).containsExactly(post.id());

    store.boosts().unboost(bob.id(), post.id());
    store.boosts().unboost(bob.id(), post.id());
    assertThat(shown(post).boostCount()).isEqualTo(1);
    assertThat(boosted(bob, post)).isEmpty();
    assertThat(boosted(alice, post)).containsExactly(post.id());
  }

  @Test
  void aBoostTakesItsIdFromThePostsSequence() {
    User alice = register("alice", "alice@example.org");
    Post before = publish(alice, "before");
    boost(alice, before);
    Post after = publish(alice, "after");

    long boostPosition = homeOf(alice).get(1).position();

    assertThat(homeOf(alice))
        .extracting(e -> e.post().id())
        .containsExactly(after.id(), before.id());
    assertThat(boostPosition).isGreaterThan(before.id().value()).isLessThan(after.id().value());
  }

  @Test
  void aBoostIsNoPostOfItsOwn() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "boosted");
    boost(bob, post);
    PostId boostId = new PostId(homeOf(bob).get(0).position());

    assertThat(boostId).isNotEqualTo(post.id());
    assertThat(store.loadPosts().findById(boostId)).isEmpty();
    assertThat(store.threads().replyTarget(boostId)).isEmpty();
    assertThat(store.threads().chain(boostId, 5)).isEmpty();
    assertThat(store.loadPosts().allBy(bob.id())).isEmpty();
    assertThat(store.timelines().postsBy(bob.id(), PageRequest.first())).isEmpty();
    assertThat(store.timelines().explore(PageRequest.first()))
        .extracting(PostView::id)
        .containsExactly(post.id());
  }

  @Test
  void deletingAPostRemovesItsBoostsAndSoDoesLeavingATombstone() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post lonely = publish(alice, "lonely");
    Post answered = publish(alice, "answered");
    reply(alice, answered, "an answer", "");
    boost(bob, lonely);
    boost(bob, answered);

    store.savePosts().delete(lonely.id());
    store.savePosts().delete(answered.id());

    assertThat(homeOf(bob)).isEmpty();
    assertThat(store.interactions().interactions(bob.id(), List.of(lonely.id(), answered.id())))
        .isEqualTo(ReaderInteractions.NONE);
    assertThat(boost(bob, lonely)).as("no boost of a post that is gone").isFalse();
    assertThat(boost(bob, answered)).as("nor of a tombstone").isFalse();
  }

  @Test
  void aGoneAccountsBoostsLeaveTheCountsAndTheTimelines() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    follow(carol, bob);
    Post post = publish(alice, "boosted");
    boost(bob, post);

    store.saveUsers().delete(bob.id());

    assertThat(shown(post).boostCount()).isZero();
    assertThat(homeOf(carol)).isEmpty();
  }

  @Test
  void findsWhichOfAPagesPostsOneReaderLikesAndBoostsInOneRead() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    List<PostId> posts = publishMany(alice, 5);
    store.likes().like(new Like(bob.id(), posts.get(1)));
    store.likes().like(new Like(bob.id(), posts.get(3)));
    store.likes().like(new Like(alice.id(), posts.get(0)));
    store.boosts().boost(new Boost(bob.id(), posts.get(3), T0));
    store.boosts().boost(new Boost(bob.id(), posts.get(4), T0));
    store.boosts().boost(new Boost(alice.id(), posts.get(2), T0));

    ReaderInteractions bobs = store.interactions().interactions(bob.id(), posts);

    assertThat(bobs.liked()).containsExactlyInAnyOrder(posts.get(1), posts.get(3));
    assertThat(bobs.boosted()).containsExactlyInAnyOrder(posts.get(3), posts.get(4));
    assertThat(store.interactions().interactions(bob.id(), posts.subList(0, 2)))
        .isEqualTo(new ReaderInteractions(Set.of(posts.get(1)), Set.of()));
  }

  @Test
  void everyListShowsTheStoredCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "counted #counts");
    reply(bob, post, "a reply", "");
    store.likes().like(new Like(bob.id(), post.id()));
    boost(bob, post);

    List<PostView> lists =
        List.of(
            shown(post),
            last(store.timelines().explore(PageRequest.first())),
            last(store.timelines().postsBy(alice.id(), PageRequest.first())),
            last(store.timelines().tagged(new Tag("counts"), PageRequest.first())),
            homeOf(bob).get(0).post());

    assertThat(lists)
        .allSatisfy(
            view -> {
              assertThat(view.id()).isEqualTo(post.id());
              assertThat(view.likeCount()).isEqualTo(1);
              assertThat(view.replyCount()).isEqualTo(1);
              assertThat(view.boostCount()).isEqualTo(1);
            });
  }

  private static PostView last(List<PostView> views) {
    return views.get(views.size() - 1);
  }

  private List<PostId> boosted(User reader, Post post) {
    return List.copyOf(
        store.interactions().interactions(reader.id(), List.of(post.id())).boosted());
  }

  private List<TimelineEntry> homeOf(User reader) {
    return store.timelines().homeTimeline(reader.id(), PageRequest.first());
  }
}
