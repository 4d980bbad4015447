package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.User;

/**
 * {@code NotificationPort}: one notification per identity, read newest first by keyset with the
 * actor's name, a stored unread count that marking read resets, and the store's cascades: a deleted
 * post's notifications go, a deleted account's go both ways, and the counts follow.
 */
public abstract class NotificationPortContract extends PortContract {

  @Test
  void theSameNewsTwiceIsOneNotificationCountedOnce() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(alice, "likeable");

    assertThat(add(alice, bob, NotificationKind.LIKED, post, T0)).isTrue();
    assertThat(add(alice, bob, NotificationKind.LIKED, post, T0.plusSeconds(9))).isFalse();
    assertThat(add(alice, bob, NotificationKind.FOLLOWED, null, T0)).isTrue();
    assertThat(add(alice, bob, NotificationKind.FOLLOWED, null, T0.plusSeconds(9))).isFalse();

    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10))
        .extracting(NotificationView::kind)
        .containsExactly(NotificationKind.FOLLOWED, NotificationKind.LIKED);
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(2);
    assertThat(store.notifications().unreadCount(bob.id())).isZero();
  }

  @Test
  void readsOnesOwnNotificationsNewestFirstByKeysetWithWhoAndWhat() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post post = publish(alice, "a post");
    Post reply = reply(bob, post, "a reply", "");
    add(alice, bob, NotificationKind.REPLIED, reply, T0);
    add(bob, alice, NotificationKind.FOLLOWED, null, T0);
    add(alice, carol, NotificationKind.LIKED, post, T0.plusSeconds(1));
    add(alice, carol, NotificationKind.FOLLOWED, null, T0.plusSeconds(2));

    List<NotificationView> first = store.notifications().newest(alice.id(), Long.MAX_VALUE, 2);

    assertThat(first).hasSize(2);
    assertThat(first.get(0).kind()).isEqualTo(NotificationKind.FOLLOWED);
    assertThat(first.get(0).actor()).isEqualTo(carol.username());
    assertThat(first.get(0).actorId()).isEqualTo(carol.id());
    assertThat(first.get(0).post()).isEmpty();
    assertThat(first.get(0).occurredAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(first.get(0).unread()).isTrue();
    assertThat(first.get(1).post()).contains(post.id());
    List<NotificationView> older = store.notifications().newest(alice.id(), first.get(1).id(), 2);
    assertThat(older).hasSize(1);
    assertThat(older.get(0).kind()).isEqualTo(NotificationKind.REPLIED);
    assertThat(older.get(0).post()).contains(reply.id());
    assertThat(older.get(0).actor()).isEqualTo(bob.username());
    assertThat(first.get(0).id()).isGreaterThan(first.get(1).id());
  }

  @Test
  void markingReadResetsTheCountAndLeavesNewerOnesUnread() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);
    add(alice, carol, NotificationKind.FOLLOWED, null, T0);
    long newest = store.notifications().newest(alice.id(), Long.MAX_VALUE, 1).get(0).id();

    store.notifications().markReadUpTo(alice.id(), newest);
    Post post = publish(alice, "later");
    add(alice, bob, NotificationKind.LIKED, post, T0.plusSeconds(5));

    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(1);
    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10))
        .extracting(NotificationView::unread)
        .containsExactly(true, false, false);

    store.notifications().markReadUpTo(alice.id(), newest - 1);
    assertThat(store.notifications().unreadCount(alice.id())).as("never backwards").isEqualTo(1);
    store.notifications().markReadUpTo(alice.id(), Long.MAX_VALUE - 1);
    assertThat(store.notifications().unreadCount(alice.id())).isZero();
  }

  @Test
  void deletingAPostRemovesItsNotificationsAndTheirCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post lonely = publish(alice, "lonely");
    Post answered = publish(alice, "answered");
    Post reply = reply(bob, answered, "an answer", "");
    add(alice, bob, NotificationKind.LIKED, lonely, T0);
    add(alice, bob, NotificationKind.LIKED, answered, T0);
    add(alice, bob, NotificationKind.REPLIED, reply, T0);
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);

    store.savePosts().delete(lonely.id());
    store.savePosts().delete(answered.id());

    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10))
        .extracting(NotificationView::kind)
        .containsExactly(NotificationKind.FOLLOWED, NotificationKind.REPLIED);
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(2);

    store.savePosts().delete(reply.id());
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(1);
  }

  @Test
  void deletingAnAccountRemovesItsNotificationsBothWaysAndTheirCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post alices = publish(alice, "alice's");
    Post bobs = publish(bob, "bob's");
    add(alice, bob, NotificationKind.LIKED, alices, T0);
    add(alice, carol, NotificationKind.FOLLOWED, null, T0);
    add(carol, bob, NotificationKind.FOLLOWED, null, T0);
    add(bob, alice, NotificationKind.LIKED, bobs, T0);
    add(bob, carol, NotificationKind.LIKED, bobs, T0);
    long seen = store.notifications().newest(carol.id(), Long.MAX_VALUE, 1).get(0).id();
    store.notifications().markReadUpTo(carol.id(), seen);

    store.saveUsers().delete(bob.id());

    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10))
        .extracting(NotificationView::actor)
        .containsExactly(carol.username());
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(1);
    assertThat(store.notifications().newest(carol.id(), Long.MAX_VALUE, 10)).isEmpty();
    assertThat(store.notifications().unreadCount(carol.id())).as("it was read").isZero();
    assertThat(store.notifications().newest(bob.id(), Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void namesTheActorAsTheyAreCalledNow() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);

    store
        .saveUsers()
        .updateProfile(
            bob.id(),
            new org.microblog.domain.user.Username("robert"),
            new org.microblog.domain.user.AboutMe(""),
            true);

    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 1).get(0).actor().value())
        .isEqualTo("robert");
  }

  // Client API (api-people)

  @Test
  void readsOnlyTheAskedKindsInFullPagesByKeyset() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    Post post = publish(alice, "a post");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);
    add(alice, bob, NotificationKind.LIKED, post, T0);
    add(alice, carol, NotificationKind.FOLLOWED, null, T0);
    add(alice, carol, NotificationKind.LIKED, post, T0);
    add(alice, carol, NotificationKind.BOOSTED, post, T0);

    List<NotificationView> likes =
        store.notifications().newest(alice.id(), Long.MAX_VALUE, 1, Set.of(NotificationKind.LIKED));
    assertThat(likes).extracting(NotificationView::actor).containsExactly(carol.username());
    assertThat(
            store
                .notifications()
                .newest(alice.id(), likes.get(0).id(), 5, Set.of(NotificationKind.LIKED)))
        .extracting(NotificationView::actor)
        .containsExactly(bob.username());
    assertThat(
            store
                .notifications()
                .newest(
                    alice.id(),
                    Long.MAX_VALUE,
                    2,
                    Set.of(NotificationKind.FOLLOWED, NotificationKind.BOOSTED)))
        .extracting(NotificationView::kind)
        .containsExactly(NotificationKind.BOOSTED, NotificationKind.FOLLOWED);
    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 5, Set.of())).isEmpty();
    assertThat(
            store.notifications().newest(alice.id(), Long.MAX_VALUE, 9, NotificationPort.ALL_KINDS))
        .hasSize(5);
  }

  @Test
  void findsOnlyOnesOwnNotification() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);
    long id = store.notifications().newest(alice.id(), Long.MAX_VALUE, 1).get(0).id();

    assertThat(store.notifications().find(alice.id(), id))
        .get()
        .satisfies(
            found -> {
              assertThat(found.kind()).isEqualTo(NotificationKind.FOLLOWED);
              assertThat(found.actorId()).isEqualTo(bob.id());
              assertThat(found.unread()).isTrue();
            });
    assertThat(store.notifications().find(bob.id(), id)).isEmpty();
    assertThat(store.notifications().find(alice.id(), id + 1000)).isEmpty();
  }

  @Test
  void removingOneTakesItOutOfTheCountOnlyWhenUnreadAndNeverAnothersNotification() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);
    long read = store.notifications().newest(alice.id(), Long.MAX_VALUE, 1).get(0).id();
    store.notifications().markReadUpTo(alice.id(), read);
    add(alice, carol, NotificationKind.FOLLOWED, null, T0);
    long unread = store.notifications().newest(alice.id(), Long.MAX_VALUE, 1).get(0).id();
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(1);

    assertThat(store.notifications().remove(bob.id(), unread)).as("not bob's").isFalse();
    assertThat(store.notifications().unreadCount(alice.id())).isEqualTo(1);
    assertThat(store.notifications().remove(alice.id(), read)).isTrue();
    assertThat(store.notifications().unreadCount(alice.id())).as("it was read").isEqualTo(1);
    assertThat(store.notifications().remove(alice.id(), unread)).isTrue();
    assertThat(store.notifications().remove(alice.id(), unread)).as("gone").isFalse();

    assertThat(store.notifications().unreadCount(alice.id())).isZero();
    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void clearingRemovesAllOfOnesOwnAndZeroesTheCount() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Post post = publish(bob, "bob's");
    add(alice, bob, NotificationKind.FOLLOWED, null, T0);
    add(bob, alice, NotificationKind.LIKED, post, T0);
    add(bob, alice, NotificationKind.FOLLOWED, null, T0);

    store.notifications().removeAll(alice.id());

    assertThat(store.notifications().newest(alice.id(), Long.MAX_VALUE, 10)).isEmpty();
    assertThat(store.notifications().unreadCount(alice.id())).isZero();
    assertThat(store.notifications().newest(bob.id(), Long.MAX_VALUE, 10)).hasSize(2);
    assertThat(store.notifications().unreadCount(bob.id())).isEqualTo(2);
  }

  private boolean add(User recipient, User actor, NotificationKind kind, Post post, Instant at) {
    Optional<PostId> about = Optional.ofNullable(post).map(Post::id);
    return store.notifications().add(new Notification(recipient.id(), actor.id(), kind, about, at));
  }
}
