package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.NewMessage;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * {@code BlockPort}: idempotent blocks and mutes, a block ending the follows both ways with their
 * counts, and what they hide from a logged-in viewer's lists (home, explore, tags, threads,
 * notifications), while anonymous viewers see everything.
 */
public abstract class BlockPortContract extends PortContract {

  @Test
  void blockingTwiceIsOneBlockAndEndsTheFollowsBothWaysWithTheirCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    follow(alice, bob);
    follow(bob, alice);
    follow(carol, bob);

    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(alice.id(), bob.id()));

    assertThat(store.blocks().relation(alice.id(), bob.id()))
        .isEqualTo(new Relation(true, false, false));
    assertThat(store.blocks().relation(bob.id(), alice.id()))
        .isEqualTo(new Relation(false, true, false));
    assertThat(profileOf(bob, Optional.of(alice.id())).viewerFollows()).isFalse();
    assertThat(profileOf(alice, Optional.of(bob.id())).viewerFollows()).isFalse();
    assertThat(profileOf(bob, Optional.empty()).followers()).isEqualTo(1);
    assertThat(profileOf(bob, Optional.empty()).following()).isZero();
    assertThat(profileOf(alice, Optional.empty()).followers()).isZero();
    assertThat(profileOf(alice, Optional.empty()).following()).isZero();
  }

  @Test
  void unblockingAndUnmutingUndoOnlyTheirOwnRowAndAreIdempotent() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(bob.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), bob.id()));
    store.blocks().mute(new Mute(alice.id(), bob.id()));

    assertThat(store.blocks().relation(alice.id(), bob.id()))
        .isEqualTo(new Relation(true, true, true));
    assertThat(profileOf(bob, Optional.of(alice.id())).relation())
        .as("read with the profile")
        .isEqualTo(new Relation(true, true, true));
    assertThat(profileOf(bob, Optional.empty()).relation()).isEqualTo(Relation.NONE);
    assertThat(profileOf(alice, Optional.of(alice.id())).relation()).isEqualTo(Relation.NONE);

    store.blocks().unblock(new Block(alice.id(), bob.id()));
    store.blocks().unblock(new Block(alice.id(), bob.id()));
    store.blocks().unmute(new Mute(alice.id(), bob.id()));
    store.blocks().unmute(new Mute(alice.id(), bob.id()));

    assertThat(store.blocks().relation(alice.id(), bob.id()))
        .isEqualTo(new Relation(false, true, false));
    assertThat(profileOf(bob, Optional.of(alice.id())).relation())
        .isEqualTo(new Relation(false, true, false));
    assertThat(profileOf(alice, Optional.of(bob.id())).relation())
        .isEqualTo(new Relation(true, false, false));
  }

  @Test
  void listsWhomOneBlocksAndMutesByNameAndForgetsDeletedAccounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    store.blocks().block(new Block(alice.id(), dave.id()));
    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(carol.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), carol.id()));

    assertThat(store.blocks().blockedBy(alice.id(), 10)).containsExactly(name("bob"), name("dave"));
    assertThat(store.blocks().blockedBy(alice.id(), 1)).containsExactly(name("bob"));
    assertThat(store.blocks().mutedBy(alice.id(), 10)).containsExactly(name("carol"));

    store.saveUsers().delete(dave.id());
    store.saveUsers().delete(carol.id());

    assertThat(store.blocks().blockedBy(alice.id(), 10)).containsExactly(name("bob"));
    assertThat(store.blocks().mutedBy(alice.id(), 10)).isEmpty();
    assertThat(store.blocks().relation(alice.id(), carol.id())).isEqualTo(Relation.NONE);
  }

  @Test
  void exploreAndTagsHideBlockedPeopleBothWaysAndMutedOnesFromTheMuterOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post bobs = publish(bob, "bob on #tea");
    Post carols = publish(carol, "carol on #tea");
    Post alices = publish(alice, "alice on #tea");
    store.blocks().block(new Block(bob.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), carol.id()));

    assertThat(explore(alice)).containsExactly(alices.id());
    assertThat(explore(bob)).containsExactly(carols.id(), bobs.id());
    assertThat(explore(carol)).containsExactly(alices.id(), carols.id(), bobs.id());
    assertThat(store.timelines().explore(PageRequest.first())).hasSize(3);
    assertThat(tagged(alice)).containsExactly(alices.id());
    assertThat(tagged(bob)).containsExactly(carols.id(), bobs.id());
    assertThat(store.timelines().tagged(new Tag("tea"), PageRequest.first())).hasSize(3);
  }

  @Test
  void homeTimelinesHidePostsAndBoostsByOrOfBlockedAndMutedPeople() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    follow(alice, carol);
    follow(alice, dave);
    Post bobs = publish(bob, "by bob");
    Post carols = publish(carol, "by carol");
    Post daves = publish(dave, "by dave");
    boost(carol, bobs);
    boost(dave, carols);
    boost(carol, daves);

    store.blocks().block(new Block(bob.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), carol.id()));

    List<TimelineEntry> home = store.timelines().homeTimeline(alice.id(), PageRequest.first());
    assertThat(home)
        .extracting(e -> e.post().id())
        .as("bob's post boosted by carol: blocked author; carol's boosts and posts: muted")
        .containsExactly(daves.id());
    assertThat(home.get(0).boostedBy()).isEmpty();
    assertThat(store.timelines().homeTimeline(carol.id(), PageRequest.first())).hasSize(3);
  }

  @Test
  void threadsOmitTheBlockedAndMutedForTheViewerOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post root = publish(alice, "root");
    Post bobs = reply(bob, root, "bob answers", "");
    Post carols = reply(carol, bobs, "carol answers bob", "");
    Post alices = reply(alice, root, "alice answers herself", "");
    store.blocks().block(new Block(alice.id(), bob.id()));

    assertThat(ids(store.threads().chain(carols.id(), Optional.of(alice.id()), 10)))
        .containsExactly(root.id(), carols.id());
    assertThat(ids(store.threads().chain(carols.id(), Optional.of(carol.id()), 10)))
        .containsExactly(root.id(), bobs.id(), carols.id());
    assertThat(ids(store.threads().replies(root.id(), Optional.of(alice.id()), 0, 10)))
        .containsExactly(alices.id());
    assertThat(ids(store.threads().replies(root.id(), Optional.of(bob.id()), 0, 10)))
        .containsExactly(bobs.id());
    assertThat(ids(store.threads().replies(root.id(), Optional.empty(), 0, 10)))
        .containsExactly(bobs.id(), alices.id());
  }

  @Test
  void noNotificationIsStoredAcrossABlockOrFromAMutedPersonAndOlderOnesAreHidden() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    assertThat(notify(carol, alice)).isTrue();
    assertThat(notify(bob, alice)).isTrue();

    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().mute(new Mute(alice.id(), carol.id()));

    assertThat(notify(bob, alice)).as("blocked").isFalse();
    assertThat(notify(alice, bob)).as("blocked the other way").isFalse();
    assertThat(notify(alice, carol)).as("a mute is one way").isTrue();
    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10)).isEmpty();
    assertThat(store.notifications().newest(bob.id(), Long.MAX_VALUE, 10)).isEmpty();
    assertThat(store.notifications().newest(carol.id(), Long.MAX_VALUE, 10)).hasSize(1);
  }

  @Test
  void conversationsAcrossABlockLeaveBothListsUntilItIsLifted() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    write(alice, bob);
    write(carol, alice);

    store.blocks().block(new Block(bob.id(), alice.id()));

    assertThat(partners(alice)).containsExactly(carol.id());
    assertThat(partners(bob)).isEmpty();

    store.blocks().unblock(new Block(bob.id(), alice.id()));

    assertThat(partners(alice)).containsExactly(carol.id(), bob.id());
  }

  private void write(User sender, User recipient) {
    store
        .messages()
        .add(
            new NewMessage(
                Conversation.between(sender.id(), recipient.id()), new MessageBody("hello"), T0));
  }

  private List<UserId> partners(User me) {
    return store.messages().conversations(me.id(), Long.MAX_VALUE, 10).stream()
        .map(ConversationLine::partnerId)
        .toList();
  }

  private boolean notify(User actor, User recipient) {
    return store
        .notifications()
        .add(
            Notification.of(
                    recipient.id(), actor.id(), NotificationKind.FOLLOWED, Optional.empty(), T0)
                .orElseThrow());
  }

  private List<PostId> explore(User viewer) {
    return store.timelines().explore(Optional.of(viewer.id()), PageRequest.first()).stream()
        .map(p -> p.id())
        .toList();
  }

  private List<PostId> tagged(User viewer) {
    return store
        .timelines()
        .tagged(new Tag("tea"), Optional.of(viewer.id()), PageRequest.first())
        .stream()
        .map(p -> p.id())
        .toList();
  }

  private static List<PostId> ids(List<ThreadPost> posts) {
    return posts.stream().map(ThreadPost::id).toList();
  }

  private static Username name(String value) {
    return new Username(value);
  }

  // Client API (api-people)

  @Test
  void listsTheBlockedAndTheMutedByKeysetOnTheirIdsHighestFirst() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    User dave = register("dave", "dave@example.org");
    store.blocks().block(new Block(alice.id(), bob.id()));
    store.blocks().block(new Block(alice.id(), dave.id()));
    store.blocks().block(new Block(alice.id(), carol.id()));
    store.blocks().block(new Block(bob.id(), alice.id()));
    store.blocks().mute(new Mute(alice.id(), carol.id()));
    store.blocks().mute(new Mute(dave.id(), alice.id()));

    assertThat(store.blocks().blockedIds(alice.id(), Long.MAX_VALUE, 2))
        .containsExactly(dave.id(), carol.id());
    assertThat(store.blocks().blockedIds(alice.id(), carol.id().value(), 2))
        .containsExactly(bob.id());
    assertThat(store.blocks().blockedIds(carol.id(), Long.MAX_VALUE, 2)).isEmpty();
    assertThat(store.blocks().mutedIds(alice.id(), Long.MAX_VALUE, 5)).containsExactly(carol.id());
    assertThat(store.blocks().mutedIds(alice.id(), carol.id().value(), 5)).isEmpty();
  }
}
