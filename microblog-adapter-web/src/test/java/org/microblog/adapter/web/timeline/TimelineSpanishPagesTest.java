package org.microblog.adapter.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/**
 * The home page (post form, a boosted post, the live script's words for new posts, pages) and
 * explore, read in Spanish and German: no English left.
 */
@MicronautTest
class TimelineSpanishPagesTest extends WebTestSupport {
  @Inject Translations translations;

  private void aTimelineWithABoost() {
    when(timelines.homeTimeline(any(), any()))
        .thenReturn(
            new Page<>(
                List.of(
                    TimelineEntry.of(post(2, ALICE, "alice", "hola")),
                    TimelineEntry.boosted(7, post(1, BOB, "bob", "buenas"), new Username("carol"))),
                Optional.of(PageRequest.newerThan(9)),
                Optional.of(PageRequest.olderThan(1))));
  }

  @Test
  void theHomePageIsAllSpanish() {
    aTimelineWithABoost();

    HttpResponse<String> response = alice().speaking("es").get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    Document html = Browser.html(response);
    assertThat(html.select("title").text()).isEqualTo("Inicio · Microblog");
    assertThat(html.select("h1").text()).isEqualTo("¡Hola, alice!");
    assertThat(html.select("label[for=body]").text()).isEqualTo("Di algo");
    assertThat(html.select("form[action=/posts] button").text()).isEqualTo("Publicar");
    assertThat(html.select(".boosted-by").text()).isEqualTo("carol impulsó");
    assertThat(html.select("a[rel=next]").text()).isEqualTo("Publicaciones anteriores →");
    assertThat(html.select("a[rel=prev]").text()).isEqualTo("← Publicaciones más recientes");
    assertThat(html.select("nav.pager").attr("aria-label")).isEqualTo("Páginas");
  }

  @Test
  void theLiveScriptGetsItsWordsForNewPostsFromThePage() {
    Document html = Browser.html(alice().speaking("es").get("/"));

    Element notice = html.selectFirst("#new-posts");
    assertThat(notice.text()).isEqualTo("Publicaciones nuevas: mostrar");
    assertThat(notice.attr("data-link-one")).isEqualTo("1 publicación nueva: mostrar");
    assertThat(notice.attr("data-link-other")).isEqualTo("# publicaciones nuevas: mostrar");
    assertThat(notice.attr("data-spoken-one")).isEqualTo("1 publicación nueva");
    assertThat(notice.attr("data-spoken-other")).isEqualTo("# publicaciones nuevas");
    Element german = Browser.html(alice().speaking("de").get("/")).selectFirst("#new-posts");
    assertThat(german.attr("data-link-other")).isEqualTo("# neue Beiträge: anzeigen");
    Element english = Browser.html(alice().get("/")).selectFirst("#new-posts");
    assertThat(english.attr("data-link-one")).isEqualTo("1 new post: show");
    assertThat(english.attr("data-spoken-other")).isEqualTo("# new posts");
  }

  @Test
  void anEmptyHomeAndARefusedPostAreSpanish() {
    Browser browser = alice().speaking("es");
    HttpResponse<String> empty = browser.get("/");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(empty.body())).isEmpty();
    assertThat(Browser.html(empty).select(".empty").text())
        .isEqualTo("Todavía no hay publicaciones aquí.");

    HttpResponse<String> refused = browser.post("/posts", Map.of("body", " ", "formToken", "x"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Browser.html(refused).select("label[for=spoiler]").text())
        .isEqualTo("Advertencia de contenido (opcional)");
  }

  @Test
  void exploreIsSpanishAndGerman() {
    when(timelines.explore(any(), any()))
        .thenReturn(
            new Page<>(List.of(post(1, BOB, "bob", "buenas")), Optional.empty(), Optional.empty()));

    HttpResponse<String> spanish = anonymous().speaking("es").get("/explore");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(spanish.body())).isEmpty();
    Document html = Browser.html(spanish);
    assertThat(html.select("h1").text()).isEqualTo("Explorar");
    assertThat(html.select(".likes").text()).isEqualTo("0 me gusta");

    HttpResponse<String> german = anonymous().speaking("de").get("/explore");
    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(german.body())).isEmpty();
    assertThat(Browser.html(german).select(".replies").text()).isEqualTo("0 Antworten");
  }
}
