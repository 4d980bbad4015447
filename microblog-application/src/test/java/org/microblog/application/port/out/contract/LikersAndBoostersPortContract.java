package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * {@code LikersAndBoostersPort}: who liked a post (by account id) and who boosted it (newest boost
 * first), in keyset slices from the cursor outwards, with the people's stored counts; a logged-in
 * viewer's slices leave out whoever is across a block from them or muted by them.
 */
public abstract class LikersAndBoostersPortContract extends PortContract {

  @Test
  void likersComeByAccountIdInSlicesFromTheCursor() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "likeable");
    Post other = publish(alice, "other");
    List<User> likers =
        List.of(
            register("bob", "bob@example.org"),
            register("carol", "carol@example.org"),
            register("dave", "dave@example.org"));
    likers.forEach(liker -> store.likes().like(new Like(liker.id(), post.id())));
    store.likes().like(new Like(alice.id(), other.id()));
    long bob = likers.get(0).id().value();
    long carol = likers.get(1).id().value();
    long dave = likers.get(2).id().value();

    List<FollowListEntry> first = likers(post, Optional.empty(), PageRequest.first());
    assertThat(first)
        .extracting(e -> e.person().username().value())
        .containsExactly("dave", "carol", "bob");
    assertThat(first).extracting(FollowListEntry::position).containsExactly(dave, carol, bob);
    assertThat(first.get(0).person().posts()).isZero();

    assertThat(
            likers(post, Optional.empty(), new PageRequest(PageRequest.Direction.OLDER, dave, 1)))
        .extracting(e -> e.person().username().value())
        .containsExactly("carol", "bob");
    assertThat(likers(post, Optional.empty(), new PageRequest(PageRequest.Direction.NEWER, bob, 1)))
        .extracting(e -> e.person().username().value())
        .as("oldest first from the cursor, one more than the page")
        .containsExactly("carol", "dave");
  }

  @Test
  void boostersComeNewestBoostFirstAndUnboostingLeavesTheList() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    Post post = publish(alice, "boostable");
    boost(carol, post);
    boost(bob, post);
    boost(dave, post);
    store.boosts().unboost(dave.id(), post.id());
    publish(bob, "bob's own");

    List<FollowListEntry> boosters = boosters(post, Optional.empty(), PageRequest.first());

    assertThat(boosters)
        .extracting(e -> e.person().username())
        .containsExactly(bob.username(), carol.username());
    assertThat(boosters.get(0).position()).isGreaterThan(boosters.get(1).position());
    assertThat(boosters.get(0).person().posts()).as("a boost and a post").isEqualTo(2);
    long newest = boosters.get(0).position();
    assertThat(
            boosters(
                post, Optional.empty(), new PageRequest(PageRequest.Direction.OLDER, newest, 5)))
        .extracting(e -> e.person().username())
        .containsExactly(carol.username());
    assertThat(
            boosters(
                post, Optional.empty(), new PageRequest(PageRequest.Direction.NEWER, newest, 5)))
        .isEmpty();
  }

  @Test
  void aViewerDoesNotSeePeopleAcrossABlockOrMutedButAnyoneDoes() {
    User alice = register("alice", "alice@example.org");
    User viewer = register("viewer", "viewer@example.org");
    User blocked = register("blocked", "blocked@example.org");
    User blocker = register("blocker", "blocker@example.org");
    User muted = register("muted", "muted@example.org");
    User plain = register("plain", "plain@example.org");
    Post post = publish(alice, "popular");
    for (User person : List.of(blocked, blocker, muted, plain)) {
      store.likes().like(new Like(person.id(), post.id()));
      boost(person, post);
    }
    store.blocks().block(new Block(viewer.id(), blocked.id()));
    store.blocks().block(new Block(blocker.id(), viewer.id()));
    store.blocks().mute(new Mute(viewer.id(), muted.id()));
    Optional<UserId> seenBy = Optional.of(viewer.id());

    assertThat(likers(post, seenBy, PageRequest.first()))
        .extracting(e -> e.person().username())
        .containsExactly(plain.username());
    assertThat(boosters(post, seenBy, PageRequest.first()))
        .extracting(e -> e.person().username())
        .containsExactly(plain.username());
    assertThat(likers(post, Optional.empty(), PageRequest.first())).hasSize(4);
    assertThat(boosters(post, Optional.of(plain.id()), PageRequest.first())).hasSize(4);
  }

  @Test
  void aPostNobodyLikedOrAnUnknownOneHasNobody() {
    User alice = register("alice", "alice@example.org");
    Post post = publish(alice, "quiet");

    assertThat(likers(post, Optional.empty(), PageRequest.first())).isEmpty();
    assertThat(boosters(post, Optional.empty(), PageRequest.first())).isEmpty();
    assertThat(
            store
                .likersAndBoosters()
                .likers(
                    new PostId(post.id().value() + 1000), Optional.empty(), PageRequest.first()))
        .isEmpty();
  }

  private List<FollowListEntry> likers(Post post, Optional<UserId> viewer, PageRequest page) {
    return store.likersAndBoosters().likers(post.id(), viewer, page);
  }

  private List<FollowListEntry> boosters(Post post, Optional<UserId> viewer, PageRequest page) {
    return store.likersAndBoosters().boosters(post.id(), viewer, page);
  }
}
