package org.microblog.adapter.web.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.message.ConversationLine;
import org.microblog.application.port.in.message.ConversationList;
import org.microblog.application.port.in.message.ConversationView;
import org.microblog.application.port.in.message.ConversationsQuery;
import org.microblog.application.port.in.message.MessageView;
import org.microblog.application.port.in.message.ReadConversationUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.message.MessageBody;
import org.microblog.domain.message.MessageId;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** The conversation list and a conversation with unread messages, in Spanish and German. */
@MicronautTest
class MessagesSpanishPagesTest extends WebTestSupport {
  private static final Instant AT = Instant.parse("2026-11-28T09:05:00Z");
  private static final Username BOBS = new Username("bob");

  @Inject ConversationsQuery conversations;
  @Inject ReadConversationUseCase readConversation;
  @Inject Translations translations;

  @BeforeEach
  void aConversationWithUnreadMessages() {
    reset(conversations, readConversation);
    when(conversations.conversations(any(), any()))
        .thenReturn(
            new ConversationList(
                List.of(
                    new ConversationLine(BOB, BOBS, 30, AT, 1),
                    new ConversationLine(new UserId(3), new Username("carol"), 20, AT, 2),
                    new ConversationLine(new UserId(4), new Username("dan"), 10, AT, 0)),
                OptionalLong.of(10)));
    MessageView theirs =
        new MessageView(new MessageId(12), false, new MessageBody("¿vienes?"), AT, true);
    MessageView mine = new MessageView(new MessageId(11), true, new MessageBody("hola"), AT, false);
    when(readConversation.read(any(), any(), any()))
        .thenReturn(
            new ConversationView(
                BOB,
                BOBS,
                new Page<>(
                    List.of(theirs, mine),
                    Optional.of(PageRequest.newerThan(12)),
                    Optional.of(PageRequest.olderThan(11)))));
  }

  private void assertNoEnglish(String html, Language language) {
    assertThat(new EnglishOnlyText(translations, language).in(html)).as(language.name()).isEmpty();
  }

  @Test
  void theConversationListIsSpanishWithTheUnreadPlurals() {
    HttpResponse<String> response = alice().speaking("es").get("/messages");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Mensajes");
    assertThat(html.select(".conversation-line.unread .visually-hidden").eachText())
        .containsExactly("1 mensaje sin leer", "2 mensajes sin leer");
    assertThat(html.select("a[rel=next]").text()).isEqualTo("Conversaciones anteriores →");

    HttpResponse<String> german = alice().speaking("de").get("/messages");
    assertNoEnglish(german.body(), Language.GERMAN);
    assertThat(Browser.html(german).select(".conversation-line.unread .visually-hidden").eachText())
        .containsExactly("1 ungelesene Nachricht", "2 ungelesene Nachrichten");
  }

  @Test
  void noConversationsIsSpanish() {
    when(conversations.conversations(any(), any()))
        .thenReturn(new ConversationList(List.of(), OptionalLong.empty()));

    HttpResponse<String> response = alice().speaking("es").get("/messages");

    assertNoEnglish(response.body(), Language.SPANISH);
    assertThat(Browser.html(response).select(".empty").text())
        .isEqualTo(
            "Todavía no hay mensajes. Para escribir a alguien, abre su perfil y elige \"Mensaje\".");
  }

  @Test
  void aConversationWithAnUnreadMessageIsSpanish() {
    HttpResponse<String> response = alice().speaking("es").get("/messages/bob?done=message-sent");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.title()).isEqualTo("Mensajes con bob · Microblog");
    assertThat(html.select("h1").text()).isEqualTo("Mensajes con bob");
    assertThat(html.select(".notice").text()).isEqualTo("Tu mensaje se ha enviado.");
    assertThat(html.select("label[for=body]").text()).isEqualTo("Escribir a bob");
    assertThat(html.select(".hint").text())
        .isEqualTo("Hasta 1000 caracteres. Solo tú y bob pueden leer esta conversación.");
    assertThat(html.select("#message-12 .meta").text()).startsWith("Nuevo: bob ");
    assertThat(html.select(".message.mine .meta strong").text()).isEqualTo("Tú");
    assertThat(html.select("#message-11 button").text())
        .isEqualTo("Eliminar este mensaje de tu vista");
    assertThat(html.select("a[rel=next]").text()).isEqualTo("Mensajes anteriores →");
    assertThat(html.select("a[rel=prev]").text()).isEqualTo("← Mensajes más recientes");
  }

  @Test
  void aConversationInGermanAndItsRemovalNotice() {
    HttpResponse<String> response =
        alice().speaking("de").get("/messages/bob?done=message-deleted");

    assertNoEnglish(response.body(), Language.GERMAN);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Nachrichten mit bob");
    assertThat(html.select(".notice").text())
        .isEqualTo("Die Nachricht wurde aus deiner Ansicht entfernt.");
    assertThat(html.select(".message.mine .meta strong").text()).isEqualTo("Du");
    assertThat(
            Browser.html(alice().get("/messages/bob?done=message-deleted"))
                .select(".notice")
                .text())
        .isEqualTo("The message has been removed from your view.");
  }
}
