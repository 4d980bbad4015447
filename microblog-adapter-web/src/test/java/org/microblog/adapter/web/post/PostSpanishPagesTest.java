package org.microblog.adapter.web.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostHistory;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A post's page (its thread, replies, counts, a content warning, an edit mark and the reply form),
 * its edit form and its history, read in Spanish and German: no English left.
 */
@MicronautTest
class PostSpanishPagesTest extends WebTestSupport {
  private static final Instant PUBLISHED = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant EDITED = Instant.parse("2026-11-28T12:34:56Z");

  @Inject ThreadQuery threads;
  @Inject PostCardsQuery postCards;
  @Inject EditablePostQuery editable;
  @Inject PostHistoryQuery histories;
  @Inject Translations translations;

  @BeforeEach
  void aThread() {
    reset(threads, postCards, editable, histories);
    PostThread thread =
        new PostThread(
            List.of(
                ThreadPost.of(post(1, BOB, "bob", "¿qué tal?")), ThreadPost.deleted(new PostId(2))),
            ThreadPost.of(view(3, ALICE, "alice", "muy bien", "spoilers", 1, 2, 1, true)),
            List.of(
                ThreadPost.of(view(4, BOB, "bob", "me alegro", "", 2, 0, 3, false)),
                ThreadPost.of(view(5, BOB, "bob", "de verdad", "", 0, 1, 0, false))),
            OptionalLong.of(5));
    when(threads.thread(eq(new PostId(3)), any(), eq(0L))).thenReturn(Optional.of(thread));
    when(postCards.interactions(eq(ALICE), anyCollection()))
        .thenReturn(new ReaderInteractions(Set.of(new PostId(4)), Set.of(new PostId(5))));
  }

  private static PostView view(
      long id,
      UserId author,
      String name,
      String text,
      String warning,
      long likes,
      long replies,
      long boosts,
      boolean edited) {
    return new PostView(
        new PostId(id),
        author,
        new Username(name),
        new PostText(text),
        PUBLISHED,
        warning.isEmpty() ? ContentWarning.none() : new ContentWarning(warning),
        likes,
        replies,
        boosts,
        edited ? Optional.of(EDITED) : Optional.empty());
  }

  private void assertNoEnglish(String html, Language language) {
    assertThat(new EnglishOnlyText(translations, language).in(html)).as(language.name()).isEmpty();
  }

  @Test
  void thePostPageWithItsThreadAndReplyFormIsAllSpanish() {
    HttpResponse<String> response = alice().speaking("es").get("/posts/3");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Publicación de alice");
    assertThat(html.select("title").text()).isEqualTo("Publicación de alice · Microblog");
    assertThat(html.select("#thread-above").text()).isEqualTo("En respuesta a");
    assertThat(html.select("#post-2").text()).isEqualTo("Esta publicación se eliminó.");
    assertThat(html.select("#post-3 summary").text())
        .isEqualTo("Advertencia de contenido: spoilers");
    assertThat(html.select("#post-3 .edited").text()).startsWith("editada ");
    assertThat(html.select("#post-3 .likes").text()).isEqualTo("1 me gusta");
    assertThat(html.select("#post-3 .replies").text()).isEqualTo("2 respuestas");
    assertThat(html.select("#post-3 .boosts").text()).isEqualTo("1 impulso");
    assertThat(html.select("#post-4 .boosts").text()).isEqualTo("3 impulsos");
    assertThat(html.select("#post-5 .replies").text()).isEqualTo("1 respuesta");
    assertThat(html.select("#post-4 button").eachText())
        .containsExactly("Ya no me gusta la publicación de bob", "Impulsar la publicación de bob");
    assertThat(html.select("#post-5 button").eachText())
        .containsExactly(
            "Me gusta la publicación de bob", "Dejar de impulsar la publicación de bob");
    assertThat(html.select("#post-4 .post-actions a[href=/posts/4]").text())
        .isEqualTo("Responder a bob");
    assertThat(html.select("#post-3 a[href=/posts/3/edit]").text())
        .startsWith("Editar tu publicación del ");
    assertThat(html.select("#post-3 button.danger").text()).isEqualTo("Eliminar");
    assertThat(html.select("label[for=body]").text()).isEqualTo("Tu respuesta");
    assertThat(html.select("label[for=spoiler]").text())
        .isEqualTo("Advertencia de contenido (opcional)");
    assertThat(html.select("#replies").text()).isEqualTo("Respuestas");
    assertThat(html.select("a[rel=next]").text()).isEqualTo("Más respuestas →");
  }

  @Test
  void thePostPageInGerman() {
    HttpResponse<String> response = alice().speaking("de").get("/posts/3");

    assertNoEnglish(response.body(), Language.GERMAN);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Beitrag von alice");
    assertThat(html.select("#post-3 summary").text()).isEqualTo("Inhaltswarnung: spoilers");
    assertThat(html.select("#post-3 .replies").text()).isEqualTo("2 Antworten");
    assertThat(html.select("#post-5 .replies").text()).isEqualTo("1 Antwort");
    assertThat(html.select("#post-3 .edited").text()).startsWith("bearbeitet ");
  }

  @Test
  void anAnonymousReaderOfADeletedPostReadsSpanishWithoutReplies() {
    when(threads.thread(eq(new PostId(2)), any(), eq(0L)))
        .thenReturn(
            Optional.of(
                new PostThread(
                    List.of(),
                    ThreadPost.deleted(new PostId(2)),
                    List.of(),
                    OptionalLong.empty())));

    HttpResponse<String> response = anonymous().speaking("es").get("/posts/2");

    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Publicación eliminada");
    assertThat(html.select(".empty").text()).isEqualTo("Todavía no hay respuestas.");
  }

  @Test
  void aRefusedReplyComesBackInSpanish() {
    HttpResponse<String> response =
        alice()
            .speaking("es")
            .visit("/posts/3")
            .post("/posts", Map.of("inReplyTo", "3", "body", " "));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select("h1").text()).isEqualTo("Publicación de alice");
    assertThat(Browser.html(response).select("label[for=body]").text()).isEqualTo("Tu respuesta");
  }

  @Test
  void theEditFormIsSpanish() {
    when(editable.editable(ALICE, new PostId(3)))
        .thenReturn(
            new PostVersion(
                new PostId(3),
                new PostText("muy bien"),
                new ContentWarning("spoilers"),
                PUBLISHED));

    HttpResponse<String> response = alice().speaking("es").get("/posts/3/edit");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Editar tu publicación");
    assertThat(html.select("button[type=submit]").eachText()).contains("Guardar");
    assertThat(html.select("a[href=/posts/3]").text()).isEqualTo("Cancelar");
    assertThat(Browser.html(alice().speaking("de").get("/posts/3/edit")).select("h1").text())
        .isEqualTo("Beitrag bearbeiten");
  }

  @Test
  void theHistoryIsSpanish() {
    PostVersion first =
        new PostVersion(
            new PostId(3), new PostText("muy bein"), new ContentWarning("cw"), PUBLISHED);
    when(histories.history(new PostId(3)))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    view(3, ALICE, "alice", "muy bien", "spoilers", 1, 2, 1, true),
                    new PostHistory(new PostId(3), List.of(first)),
                    true)));

    HttpResponse<String> response = anonymous().speaking("es").get("/posts/3/history");

    assertThat(response.statusCode()).isEqualTo(200);
    assertNoEnglish(response.body(), Language.SPANISH);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text())
        .isEqualTo("Historial de ediciones de una publicación de alice");
    assertThat(html.select("#current-version").text()).isEqualTo("Ahora");
    assertThat(html.select("#earlier-versions").text()).isEqualTo("Versiones anteriores");
    assertThat(html.select("summary").eachText()).contains("Advertencia de contenido: cw");
    assertThat(html.select(".hint").text()).isEqualTo("Las versiones más antiguas no se muestran.");
    assertThat(html.select("a[href=/posts/3]").text()).isEqualTo("Volver a la publicación");
    assertNoEnglish(anonymous().speaking("de").get("/posts/3/history").body(), Language.GERMAN);
  }
}
