package org.microblog.adapter.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/** The search page in Spanish and German: the form, the headings, the count with its plural. */
@MicronautTest
class SearchSpanishPagesTest extends WebTestSupport {
  @Inject SearchResultsQuery search;
  @Inject PostCardsQuery postCards;
  @Inject Translations translations;

  @BeforeEach
  void resetMocks() {
    reset(search, postCards);
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
  }

  private void found(List<PersonMatch> people, int posts, MatchCount count) {
    List<org.microblog.application.port.in.post.PostView> items =
        posts == 0 ? List.of() : List.of(post(9, BOB, "bob", "café con leche"));
    when(search.search(any(), any(), any()))
        .thenReturn(
            new SearchResults(
                people, new Page<>(items, Optional.empty(), Optional.empty()), count));
  }

  private String count(String language) {
    return Browser.html(anonymous().speaking(language).get("/search?q=caf%C3%A9"))
        .select("#match-count")
        .text();
  }

  @Test
  void theFormAloneIsSpanish() {
    HttpResponse<String> response = anonymous().speaking("es").get("/search");

    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Buscar");
    assertThat(html.select("label[for=q]").text()).isEqualTo("Palabras que buscar");
    assertThat(html.select("#q-hint code").text()).isEqualTo("café -té");
  }

  @Test
  void resultsAreSpanishWithTheCountsPluralAndGroupedNumber() {
    found(
        List.of(new PersonMatch(new Username("cafe_bob"), new AboutMe("barista"))),
        1,
        new MatchCount(1, false));

    HttpResponse<String> response = anonymous().speaking("es").get("/search?q=caf%C3%A9");

    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    Document html = Browser.html(response);
    assertThat(html.title()).isEqualTo("café · Buscar · Microblog");
    assertThat(html.select("#people-heading").text()).isEqualTo("Personas");
    assertThat(html.select("#posts-heading").text()).isEqualTo("Publicaciones");
    assertThat(html.select("#match-count").text())
        .isEqualTo("1 publicación coincide. Las más recientes primero.");

    found(List.of(), 1, new MatchCount(2, false));
    assertThat(count("es")).startsWith("2 publicaciones coinciden.");
    found(List.of(), 1, new MatchCount(1_000, true));
    assertThat(count("es")).startsWith("Más de 1.000 publicaciones coinciden.");
    found(List.of(), 1, new MatchCount(12_345, false));
    assertThat(count("es")).startsWith("12.345 publicaciones coinciden.");
    assertThat(count("de")).startsWith("12.345 Beiträge gefunden.");
    assertThat(count("en")).startsWith("12,345 posts match.");
  }

  @Test
  void nothingFoundIsSpanishAndGerman() {
    found(List.of(), 0, new MatchCount(0, false));

    HttpResponse<String> spanish = anonymous().speaking("es").get("/search?q=caf%C3%A9");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(spanish.body())).isEmpty();
    Document html = Browser.html(spanish);
    assertThat(html.select("#people-heading + p").text()).isEqualTo("Nadie coincide.");
    assertThat(html.select("#match-count").text()).startsWith("Ninguna publicación coincide.");

    HttpResponse<String> german = anonymous().speaking("de").get("/search?q=caf%C3%A9");
    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(german.body())).isEmpty();
    assertThat(Browser.html(german).select("#match-count").text())
        .startsWith("Keine Beiträge gefunden.");
  }
}
