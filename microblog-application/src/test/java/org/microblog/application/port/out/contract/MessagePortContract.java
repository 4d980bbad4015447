package org.microblog.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.login.BrowserDescription;
import org.microblog.domain.login.ClientNetwork;
import org.microblog.domain.login.Login;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.message.Conversation;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.message.NewMessage;
import org.microblog.domain.user.User;

/**
 * {@code MessagePort}: messages read by keyset from one participant's side only, one line per
 * partner newest first with unread counts, a stored unread total that the login check reads and
 * marking read resets, hiding from one's own view, and the cascade when an account goes.
 */
public abstract class MessagePortContract extends PortContract {

  @Test
  void storesAMessageUnreadByTheRecipientOnly() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");

    MessageId id = send(alice, bob, "hello \uD83D\uDE00", 0);

    assertThat(store.messages().unreadCount(bob.id())).isEqualTo(1);
    assertThat(store.messages().unreadCount(alice.id())).isZero();
    List<MessageView> bobs = first(bob, alice);
    assertThat(bobs)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo(id);
              assertThat(m.body().value()).isEqualTo("hello \uD83D\uDE00");
              assertThat(m.sentAt()).isEqualTo(T0);
              assertThat(m.mine()).isFalse();
              assertThat(m.unread()).isTrue();
            });
    assertThat(first(alice, bob))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.mine()).isTrue();
              assertThat(m.unread()).isFalse();
            });
  }

  @Test
  void readsAConversationByKeysetInBothDirections() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    for (int i = 1; i <= 5; i++) {
      send(i % 2 == 0 ? alice : bob, i % 2 == 0 ? bob : alice, "m" + i, i);
      send(carol, alice, "other " + i, i);
    }
    Conversation mine = new Conversation(alice.id(), bob.id());

    List<MessageView> newest =
        store
            .messages()
            .slice(mine, new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 2));
    assertThat(newest).extracting(m -> m.body().value()).containsExactly("m5", "m4", "m3");
    List<MessageView> older =
        store
            .messages()
            .slice(
                mine, new PageRequest(PageRequest.Direction.OLDER, newest.get(1).id().value(), 2));
    assertThat(older).extracting(m -> m.body().value()).containsExactly("m3", "m2", "m1");
    List<MessageView> newer =
        store
            .messages()
            .slice(
                mine, new PageRequest(PageRequest.Direction.NEWER, older.get(2).id().value(), 2));
    assertThat(newer).extracting(m -> m.body().value()).containsExactly("m2", "m3", "m4");
  }

  @Test
  void listsOneLinePerPartnerNewestFirstWithUnreadCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    send(bob, alice, "b1", 1);
    send(carol, alice, "c1", 2);
    send(carol, alice, "c2", 3);
    MessageId last = send(alice, bob, "to bob", 4);

    List<ConversationLine> lines = store.messages().conversations(alice.id(), Long.MAX_VALUE, 10);

    assertThat(lines).extracting(l -> l.partner().value()).containsExactly("bob", "carol");
    assertThat(lines).extracting(ConversationLine::unread).containsExactly(1L, 2L);
    assertThat(lines.get(0).lastMessageId()).isEqualTo(last.value());
    assertThat(lines.get(0).lastAt()).isEqualTo(T0.plusSeconds(4));
    assertThat(lines.get(0).partnerId()).isEqualTo(bob.id());
    assertThat(store.messages().conversations(alice.id(), last.value(), 10))
        .extracting(l -> l.partner().value())
        .containsExactly("carol");
    assertThat(store.messages().conversations(alice.id(), Long.MAX_VALUE, 1)).hasSize(1);
    assertThat(store.messages().conversations(bob.id(), Long.MAX_VALUE, 10))
        .singleElement()
        .satisfies(l -> assertThat(l.unread()).isEqualTo(1));
    assertThat(store.messages().unreadCount(alice.id())).isEqualTo(3);
  }

  @Test
  void markingReadResetsOneConversationAndTakesItOutOfTheTotal() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    send(bob, alice, "b1", 1);
    send(bob, alice, "b2", 2);
    send(carol, alice, "c1", 3);

    store.messages().markRead(new Conversation(alice.id(), bob.id()));
    store.messages().markRead(new Conversation(alice.id(), bob.id()));

    assertThat(store.messages().unreadCount(alice.id())).isEqualTo(1);
    assertThat(first(alice, bob)).noneMatch(MessageView::unread);
    send(bob, alice, "b3", 4);
    assertThat(store.messages().unreadCount(alice.id())).isEqualTo(2);
    assertThat(first(alice, bob))
        .extracting(MessageView::unread)
        .containsExactly(true, false, false);
    store.messages().markRead(new Conversation(bob.id(), alice.id()));
    assertThat(store.messages().unreadCount(alice.id()))
        .as("bob reading does not read for alice")
        .isEqualTo(2);
  }

  @Test
  void hidesAMessageFromOneSideOnlyAndOnlyWithinItsConversation() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    MessageId id = send(alice, bob, "oops", 1);
    send(alice, bob, "fine", 2);

    assertThat(store.messages().hide(new Conversation(carol.id(), alice.id()), id)).isFalse();
    assertThat(store.messages().hide(new Conversation(alice.id(), carol.id()), id)).isFalse();
    assertThat(store.messages().hide(new Conversation(carol.id(), bob.id()), id)).isFalse();
    assertThat(first(bob, alice)).hasSize(2);
    assertThat(store.messages().hide(new Conversation(alice.id(), bob.id()), id)).isTrue();
    assertThat(store.messages().hide(new Conversation(alice.id(), bob.id()), id))
        .as("already hidden")
        .isFalse();

    assertThat(first(alice, bob)).extracting(m -> m.body().value()).containsExactly("fine");
    assertThat(first(bob, alice)).extracting(m -> m.body().value()).containsExactly("fine", "oops");
    assertThat(store.messages().allOf(alice.id()))
        .extracting(m -> m.body().value())
        .containsExactly("fine");
    assertThat(store.messages().hide(new Conversation(bob.id(), alice.id()), id)).isTrue();
    assertThat(first(bob, alice)).extracting(m -> m.body().value()).containsExactly("fine");
  }

  @Test
  void exportsWhatOneSeesOldestFirstWithNames() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    send(bob, alice, "first", 1);
    send(alice, carol, "second", 2);
    send(bob, carol, "not mine", 3);

    List<MessageExport> exported = store.messages().allOf(alice.id());

    assertThat(exported).extracting(m -> m.body().value()).containsExactly("first", "second");
    assertThat(exported.get(0).sender()).isEqualTo(bob.username());
    assertThat(exported.get(0).recipient()).isEqualTo(alice.username());
    assertThat(exported.get(1).sentAt()).isEqualTo(T0.plusSeconds(2));
  }

  @Test
  void anAccountsMessagesGoWithItAndLeaveThePartnersCounts() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    User carol = register("carol", "carol@example.org");
    send(carol, alice, "c1", 1);
    send(carol, alice, "c2", 2);
    send(bob, alice, "b1", 3);
    send(alice, carol, "to carol", 4);
    send(bob, carol, "bob to carol", 5);

    store.saveUsers().delete(carol.id());

    assertThat(store.messages().unreadCount(alice.id())).isEqualTo(1);
    assertThat(store.messages().conversations(alice.id(), Long.MAX_VALUE, 10))
        .extracting(l -> l.partner().value())
        .containsExactly("bob");
    assertThat(store.messages().allOf(alice.id()))
        .extracting(m -> m.body().value())
        .containsExactly("b1");
    assertThat(store.messages().allOf(bob.id()))
        .extracting(m -> m.body().value())
        .containsExactly("b1");
    assertThat(store.messages().conversations(bob.id(), Long.MAX_VALUE, 10)).hasSize(1);
  }

  @Test
  void theLoginCheckReadsTheUnreadMessagesWithTheLogin() {
    User alice = register("alice", "alice@example.org");
    User bob = register("bob", "bob@example.org");
    Login login =
        Login.start(
            new LoginId("messages00000000000001"),
            alice.id(),
            false,
            T0,
            new BrowserDescription("Firefox on Linux"),
            ClientNetwork.UNKNOWN);
    store.logins().add(login);
    send(bob, alice, "one", 1);
    send(bob, alice, "two", 2);

    assertThat(store.logins().findWithUnread(login.id()).orElseThrow().unreadMessages())
        .isEqualTo(2);
    store.messages().markRead(new Conversation(alice.id(), bob.id()));
    assertThat(store.logins().findWithUnread(login.id()).orElseThrow().unreadMessages()).isZero();
  }

  private MessageId send(User from, User to, String body, int second) {
    return store
        .messages()
        .add(
            new NewMessage(
                new Conversation(from.id(), to.id()),
                new MessageBody(body),
                T0.plusSeconds(second)));
  }

  private List<MessageView> first(User me, User partner) {
    return store.messages().slice(new Conversation(me.id(), partner.id()), PageRequest.first());
  }
}
