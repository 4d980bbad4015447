package org.microblog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.account.DeleteAccountCommand;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.ConversationView;
import org.microblog.application.port.in.message.DeleteMessageCommand;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.login.LoginId;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Sending, reading, listing, hiding and exporting private messages, and the unread counts. */
class MessageServicesTest {
  private final Fixtures fx = new Fixtures();
  private final UserId alice = fx.register("alice");
  private final UserId bob = fx.register("bob");
  private final UserId carol = fx.register("carol");

  @Test
  void aSentMessageReachesTheRecipientUnreadAndCountsInTheirLoginStatus() {
    LoginId bobsLogin = fx.logIn(bob);
    assertThat(fx.blog.useCases().loginValidity().status(bob, bobsLogin))
        .contains(new LoginStatus(0, 0));

    send(alice, "bob", "hello bob");
    send(alice, "bob", "are you there?");

    assertThat(fx.blog.useCases().loginValidity().status(bob, bobsLogin))
        .contains(new LoginStatus(0, 2));
    ConversationView seenByBob = read(bob, "alice", PageRequest.first());
    assertThat(seenByBob.partner().value()).isEqualTo("alice");
    assertThat(seenByBob.messages().items())
        .extracting(m -> m.body().value())
        .containsExactly("are you there?", "hello bob");
    assertThat(seenByBob.messages().items()).allMatch(MessageView::unread);
    assertThat(seenByBob.messages().items()).noneMatch(MessageView::mine);
    assertThat(fx.blog.useCases().loginValidity().status(bob, bobsLogin))
        .as("opening the conversation read it")
        .contains(new LoginStatus(0, 0));
    assertThat(read(bob, "alice", PageRequest.first()).messages().items())
        .noneMatch(MessageView::unread);
    assertThat(read(alice, "bob", PageRequest.first()).messages().items())
        .allMatch(MessageView::mine)
        .noneMatch(MessageView::unread);
  }

  @Test
  void refusesMessagingOneselfAndUnknownPeople() {
    assertThatThrownBy(() -> send(alice, "ALICE", "me"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("message.self"));
    assertThatThrownBy(() -> send(alice, "nobody", "hi"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.key()).isEqualTo("user.unknown");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
            });
    assertThatThrownBy(() -> read(alice, "nobody", PageRequest.first()))
        .isInstanceOf(DomainException.class);
    assertThat(fx.blog.persistence().messages().allOf(alice)).isEmpty();
  }

  @Test
  void conversationsPageTwentyAtATimeByKeyset() {
    IntStream.rangeClosed(1, 45)
        .forEach(i -> send(i % 2 == 0 ? alice : bob, i % 2 == 0 ? "bob" : "alice", "m" + i));

    var first = read(alice, "bob", PageRequest.first()).messages();
    assertThat(first.items()).hasSize(20);
    assertThat(first.items().get(0).body().value()).isEqualTo("m45");
    assertThat(first.newer()).isEmpty();
    var second = read(alice, "bob", first.older().orElseThrow()).messages();
    assertThat(second.items().get(0).body().value()).isEqualTo("m25");
    var third = read(alice, "bob", second.older().orElseThrow()).messages();
    assertThat(third.items()).hasSize(5);
    assertThat(third.older()).isEmpty();
    var back = read(alice, "bob", third.newer().orElseThrow()).messages();
    assertThat(back.items())
        .extracting(m -> m.body().value())
        .isEqualTo(second.items().stream().map(m -> m.body().value()).toList());
  }

  @Test
  void theListShowsOneLinePerPartnerNewestFirstWithUnreadCounts() {
    send(bob, "alice", "from bob");
    send(carol, "alice", "from carol 1");
    send(carol, "alice", "from carol 2");
    send(alice, "bob", "to bob");

    var lines = fx.blog.useCases().conversations().conversations(alice, OptionalLong.empty());

    assertThat(lines.lines()).extracting(l -> l.partner().value()).containsExactly("bob", "carol");
    assertThat(lines.lines()).extracting(ConversationLine::unread).containsExactly(1L, 2L);
    assertThat(lines.older()).isEmpty();
    read(alice, "carol", PageRequest.first());
    assertThat(
            fx.blog.useCases().conversations().conversations(alice, OptionalLong.empty()).lines())
        .extracting(ConversationLine::unread)
        .containsExactly(1L, 0L);
  }

  @Test
  void theListPagesByKeyset() {
    for (int i = 0; i < 25; i++) {
      UserId someone = fx.register("someone" + i);
      send(someone, "alice", "hi " + i);
    }
    var first = fx.blog.useCases().conversations().conversations(alice, OptionalLong.empty());
    assertThat(first.lines()).hasSize(20);
    assertThat(first.lines().get(0).partner().value()).isEqualTo("someone24");
    var second = fx.blog.useCases().conversations().conversations(alice, first.older());
    assertThat(second.lines()).hasSize(5);
    assertThat(second.older()).isEmpty();
  }

  @Test
  void deletingHidesTheMessageFromOnesOwnViewOnly() {
    MessageId id = send(alice, "bob", "regret this");
    send(alice, "bob", "keep this");

    fx.blog
        .useCases()
        .deleteMessage()
        .delete(new DeleteMessageCommand(bob, new Username("alice"), id));

    assertThat(read(bob, "alice", PageRequest.first()).messages().items())
        .extracting(m -> m.body().value())
        .containsExactly("keep this");
    assertThat(read(alice, "bob", PageRequest.first()).messages().items()).hasSize(2);
    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .deleteMessage()
                    .delete(new DeleteMessageCommand(bob, new Username("alice"), id)))
        .as("already gone from bob's view")
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  @Test
  void nobodyCanDeleteAMessageOfSomeoneElsesConversation() {
    MessageId between = send(alice, "bob", "private");

    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .deleteMessage()
                    .delete(new DeleteMessageCommand(carol, new Username("alice"), between)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.key()).isEqualTo("message.unknown"));
    assertThatThrownBy(
            () ->
                fx.blog
                    .useCases()
                    .deleteMessage()
                    .delete(new DeleteMessageCommand(alice, new Username("carol"), between)))
        .as("a message of my conversation named under another partner")
        .isInstanceOf(DomainException.class);
    assertThat(read(alice, "bob", PageRequest.first()).messages().items()).hasSize(1);
    assertThat(read(bob, "alice", PageRequest.first()).messages().items()).hasSize(1);
  }

  @Test
  void exportListsWhatOneSeesOldestFirst() {
    MessageId hidden = send(bob, "alice", "first");
    send(alice, "bob", "second");
    send(carol, "bob", "not alice's");
    fx.blog
        .useCases()
        .deleteMessage()
        .delete(new DeleteMessageCommand(alice, new Username("bob"), hidden));

    assertThat(fx.blog.useCases().messageExport().allMessagesOf(alice))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body().value()).isEqualTo("second");
              assertThat(m.sender().value()).isEqualTo("alice");
              assertThat(m.recipient().value()).isEqualTo("bob");
              assertThat(m.sentAt()).isEqualTo(Fixtures.START);
            });
    assertThat(fx.blog.useCases().messageExport().allMessagesOf(bob))
        .extracting(MessageExport::body)
        .extracting(MessageBody::value)
        .containsExactly("first", "second", "not alice's");
  }

  @Test
  void deletingAnAccountTakesItsMessagesAndTheirUnreadCountAlong() {
    send(carol, "alice", "unread from carol");
    send(bob, "alice", "unread from bob");
    LoginId login = fx.logIn(alice);

    fx.blog
        .useCases()
        .deleteAccount()
        .delete(new DeleteAccountCommand(carol, fx.passwordOf("carol")));

    assertThat(fx.blog.useCases().loginValidity().status(alice, login))
        .contains(new LoginStatus(0, 1));
    assertThat(
            fx.blog.useCases().conversations().conversations(alice, OptionalLong.empty()).lines())
        .extracting(l -> l.partner().value())
        .containsExactly("bob");
  }

  private MessageId send(UserId from, String to, String body) {
    return fx.blog
        .useCases()
        .sendMessage()
        .send(new SendMessageCommand(from, new Username(to), new MessageBody(body)));
  }

  private ConversationView read(UserId reader, String partner, PageRequest page) {
    return fx.blog.useCases().readConversation().read(reader, new Username(partner), page);
  }
}
