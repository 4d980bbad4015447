package org.microblog.adapter.web.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.ConversationList;
import org.microblog.application.port.in.message.ConversationView;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.DeleteMessageCommand;
import org.microblog.application.port.in.message.DeleteMessageUseCase;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.message.SendMessageCommand;
import org.microblog.application.port.in.message.SendMessageUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/** The conversation list, a conversation, sending, deleting, and the refusals of each. */
@MicronautTest
@Property(name = "microblog.limits.posts-per-minute", value = "1000")
class MessagesPagesTest extends WebTestSupport {
  private static final Instant AT = Instant.parse("2026-11-28T09:05:00Z");
  private static final Username BOBS = new Username("bob");

  @Inject ConversationsQuery conversations;
  @Inject ReadConversationUseCase readConversation;
  @Inject SendMessageUseCase sendMessage;
  @Inject DeleteMessageUseCase deleteMessage;

  @BeforeEach
  void resetMessages() {
    reset(conversations, readConversation, sendMessage, deleteMessage);
    when(conversations.conversations(any(), any()))
        .thenReturn(new ConversationList(List.of(), OptionalLong.empty()));
    when(readConversation.read(any(), any(), any()))
        .thenReturn(conversation(List.of(), Optional.empty(), Optional.empty()));
    when(readConversation.read(any(), eq(new Username("alice")), any()))
        .thenThrow(
            DomainException.invalid("message.self", "You cannot send messages to yourself."));
    when(readConversation.read(any(), eq(new Username("nobody")), any()))
        .thenThrow(DomainException.notFound("user.unknown", "User nobody does not exist."));
  }

  @Test
  void everyMessagePageNeedsALogin() {
    for (String path : List.of("/messages", "/messages/bob")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isIn(303, 401);
    }
    verify(readConversation, never()).read(any(), any(), any());
  }

  @Test
  void theListShowsOneLinePerPartnerWithUnreadMarkers() {
    when(conversations.conversations(ALICE, OptionalLong.empty()))
        .thenReturn(
            new ConversationList(
                List.of(
                    new ConversationLine(BOB, BOBS, 30, AT, 2),
                    new ConversationLine(
                        new org.microblog.domain.user.UserId(3), new Username("carol"), 20, AT, 0)),
                OptionalLong.of(20)));

    Document html = Browser.html(alice().get("/messages"));

    assertThat(html.select("h1").text()).isEqualTo("Messages");
    assertThat(html.select(".conversation-line a.author").eachText())
        .containsExactly("bob", "carol");
    assertThat(html.select(".conversation-line a.author").eachAttr("href"))
        .containsExactly("/messages/bob", "/messages/carol");
    assertThat(html.select(".conversation-line.unread .visually-hidden").text())
        .isEqualTo("2 unread messages");
    assertThat(html.select(".conversation-line.unread")).hasSize(1);
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/messages?before=20");
    assertThat(html.select("#messages-link").attr("aria-current")).isEqualTo("page");
  }

  @Test
  void theListPagesByKeysetAndRefusesAMalformedCursor() {
    alice().get("/messages?before=20");
    verify(conversations).conversations(ALICE, OptionalLong.of(20));
    assertThat(alice().get("/messages?before=x").statusCode()).isEqualTo(400);
  }

  @Test
  void aConversationShowsItsMessagesEscapedWithTheFormAndKeysetLinks() {
    MessageView theirs =
        new MessageView(new MessageId(12), false, new MessageBody("<b>hi</b> & bye"), AT, true);
    MessageView mine =
        new MessageView(new MessageId(11), true, new MessageBody("hello"), AT, false);
    when(readConversation.read(ALICE, BOBS, PageRequest.olderThan(50)))
        .thenReturn(
            conversation(
                List.of(theirs, mine),
                Optional.of(PageRequest.newerThan(12)),
                Optional.of(PageRequest.olderThan(11))));

    HttpResponse<String> response = alice().get("/messages/bob?before=50");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("&lt;b&gt;hi&lt;/b&gt; &amp; bye").doesNotContain("<b>hi");
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Messages with bob");
    assertThat(html.select(".message-body").eachText()).containsExactly("<b>hi</b> & bye", "hello");
    assertThat(html.select(".message.unread")).hasSize(1);
    assertThat(html.select(".message.mine .meta strong").text()).isEqualTo("You");
    assertThat(html.select("form[action=/messages/bob] textarea[name=body]").attr("maxlength"))
        .isEqualTo(String.valueOf(2 * MessageBody.MAX_LENGTH));
    assertThat(html.select("#message-12 form").attr("action")).isEqualTo("/messages/bob/12/delete");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/messages/bob?before=11");
    assertThat(html.select("a[rel=prev]").attr("href")).isEqualTo("/messages/bob?after=12");
  }

  @Test
  void openingTheConversationTakesItsUnreadMessagesOutOfTheBadge() {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(0, 3)));
    MessageView unread =
        new MessageView(new MessageId(12), false, new MessageBody("new"), AT, true);
    when(readConversation.read(ALICE, BOBS, PageRequest.first()))
        .thenReturn(conversation(List.of(unread), Optional.empty(), Optional.empty()));
    Browser alice = alice();

    Document home = Browser.html(alice.get("/"));
    assertThat(home.select("#messages-link").attr("href")).isEqualTo("/messages");
    assertThat(home.select("#unread-messages .visually-hidden").text())
        .isEqualTo("3 unread messages");

    Document page = Browser.html(alice.get("/messages/bob"));
    assertThat(page.select("#unread-messages .visually-hidden").text())
        .isEqualTo("2 unread messages");
  }

  @Test
  void sendingRedirectsBackToTheConversationWithANotice() {
    Browser alice = alice().visit("/messages/bob");

    HttpResponse<String> response = alice.post("/messages/bob", Map.of("body", "  hi bob  "));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/messages/bob?done=message-sent");
    verify(sendMessage).send(new SendMessageCommand(ALICE, BOBS, new MessageBody("hi bob")));
    Document after = Browser.html(alice.get("/messages/bob?done=message-sent"));
    assertThat(after.select(".notice[role=status]").text())
        .isEqualTo("Your message has been sent.");
  }

  @Test
  void anEmptyOrOverlongMessageComesBackWith422BesideTheField() {
    Browser alice = alice().visit("/messages/bob");
    String tooLong = "x".repeat(MessageBody.MAX_LENGTH + 1);

    HttpResponse<String> empty = alice.post("/messages/bob", Map.of("body", " "));
    HttpResponse<String> overlong = alice.post("/messages/bob", Map.of("body", tooLong));

    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(Browser.html(empty).select("#body-error").text())
        .isEqualTo("A message cannot be empty.");
    assertThat(Browser.html(empty).select("#body").attr("aria-invalid")).isEqualTo("true");
    assertThat(overlong.statusCode()).isEqualTo(422);
    assertThat(Browser.html(overlong).select("#body-error").text())
        .isEqualTo("A message must be at most 1000 characters.");
    assertThat(Browser.html(overlong).select("#body").text()).isEqualTo(tooLong);
    verify(sendMessage, never()).send(any());
  }

  @Test
  void messagingOneselfOrNobodyIsRefusedWithAMessage() {
    when(sendMessage.send(any()))
        .thenThrow(
            DomainException.invalid("message.self", "You cannot send messages to yourself."));
    Browser alice = alice().visit("/messages");

    HttpResponse<String> self = alice.post("/messages/alice", Map.of("body", "me"));
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(self.body()).contains("You cannot send messages to yourself.");
    assertThat(alice.get("/messages/alice").statusCode()).isEqualTo(422);

    HttpResponse<String> nobody = alice.get("/messages/nobody");
    assertThat(nobody.statusCode()).isEqualTo(404);
    assertThat(nobody.body()).contains("User nobody does not exist.");
    assertThat(alice.get("/messages/not%20a%20name").statusCode()).isEqualTo(404);
  }

  @Test
  void sendingWithoutTheCsrfTokenChangesNothing() {
    Browser alice = alice().visit("/messages/bob");

    HttpResponse<String> response = alice.postRaw("/messages/bob", Map.of("body", "hi"));

    assertThat(response.statusCode()).isEqualTo(403);
    verify(sendMessage, never()).send(any());
  }

  @Test
  void deletingRemovesTheMessageFromOnesViewAndGoesBack() {
    Browser alice = alice().visit("/messages/bob");

    HttpResponse<String> response = alice.post("/messages/bob/12/delete", Map.of());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/messages/bob?done=message-deleted");
    verify(deleteMessage).delete(new DeleteMessageCommand(ALICE, BOBS, new MessageId(12)));
  }

  @Test
  void someoneElsesMessageIdIsNotFoundAndNothingChanges() {
    doThrow(DomainException.notFound("message.unknown", "There is no such message."))
        .when(deleteMessage)
        .delete(new DeleteMessageCommand(ALICE, BOBS, new MessageId(99)));
    Browser alice = alice().visit("/messages/bob");

    assertThat(alice.post("/messages/bob/99/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(alice.post("/messages/bob/0/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(alice.post("/messages/bob/abc/delete", Map.of()).statusCode()).isEqualTo(404);
    verify(deleteMessage, never()).delete(new DeleteMessageCommand(ALICE, BOBS, new MessageId(12)));
    verify(sendMessage, never()).send(any());
  }

  private static ConversationView conversation(
      List<MessageView> items, Optional<PageRequest> newer, Optional<PageRequest> older) {
    return new ConversationView(BOB, BOBS, new Page<>(items, newer, older));
  }
}
