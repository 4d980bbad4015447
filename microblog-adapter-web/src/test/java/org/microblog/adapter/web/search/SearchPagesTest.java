package org.microblog.adapter.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.Username;

/**
 * The search page: public, the form alone without a query, people and posts with the words marked
 * (escaped), the count, keyset paging that keeps the query; refusals are 400 pages.
 */
@MicronautTest
class SearchPagesTest extends WebTestSupport {
  @Inject SearchResultsQuery search;
  @Inject PostCardsQuery postCards;

  @BeforeEach
  void resetMocks() {
    reset(search, postCards);
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
  }

  private static String q(String text) {
    return "/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void withoutAQueryShowsOnlyTheFormAndSearchesNothing() {
    HttpResponse<String> response = anonymous().get("/search");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("main form[action=/search] input[name=q]")).hasSize(1);
    assertThat(html.select("#posts-heading")).isEmpty();
    assertThat(anonymous().get("/search?q=+++").statusCode()).isEqualTo(200);
    verify(search, never()).search(any(), any(), any());
  }

  @Test
  void anyoneSeesPeopleAndPostsWithTheWordsMarkedAndEscaped() {
    when(search.search(eq(new SearchQuery("café")), eq(Optional.empty()), eq(PageRequest.first())))
        .thenReturn(
            new SearchResults(
                List.of(new PersonMatch(new Username("cafe_bob"), new AboutMe("<i>Café</i>"))),
                new Page<>(
                    List.of(post(9, BOB, "bob", "<b>Café</b> au lait, #CAFE and cafétéria")),
                    Optional.empty(),
                    Optional.of(PageRequest.olderThan(9))),
                new MatchCount(1_000, true)));

    HttpResponse<String> response = anonymous().get(q("café"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<b>").doesNotContain("<i>");
    Document html = Browser.html(response);
    assertThat(html.select(".person a.author").attr("href")).isEqualTo("/users/cafe_bob");
    assertThat(html.select(".person .about").text()).isEqualTo("<i>Café</i>");
    assertThat(html.select("#post-9 mark").eachText()).containsExactly("Café", "#CAFE");
    assertThat(html.select("#post-9 .post-body").text())
        .isEqualTo("<b>Café</b> au lait, #CAFE and cafétéria");
    assertThat(html.select("#match-count").text()).startsWith("More than 1,000 posts match.");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/search?q=caf%C3%A9&before=9");
    assertThat(html.select("main input[name=q]").val()).isEqualTo("café");
  }

  @Test
  void aLoggedInViewerSearchesAsThemselvesAndPagesByKeyset() {
    when(search.search(any(), any(), any()))
        .thenReturn(
            new SearchResults(
                List.of(),
                new Page<>(List.of(), Optional.empty(), Optional.empty()),
                new MatchCount(0, false)));

    Document html = Browser.html(alice().get(q("\"open source\" -java") + "&before=42"));

    verify(search)
        .search(
            new SearchQuery("\"open source\" -java"),
            Optional.of(ALICE),
            PageRequest.olderThan(42));
    assertThat(html.select("#match-count").text()).startsWith("No posts match.");
    assertThat(html.select(".people")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "-only", "\"\""})
  void aQueryWithoutAWordIsABadRequestWithItsReason(String text) {
    HttpResponse<String> response = anonymous().get(q(text));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Browser.html(response).text()).contains("Type at least one word to look for.");
  }

  @Test
  void aQueryOverTwoHundredCharactersIsABadRequest() {
    HttpResponse<String> response = anonymous().get(q("a".repeat(201)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Browser.html(response).text()).contains("at most 200 characters");
    verify(search, never()).search(any(), any(), any());
  }

  @Test
  void aMalformedCursorIsABadRequest() {
    assertThat(anonymous().get(q("tea") + "&before=x").statusCode()).isEqualTo(400);
    assertThat(anonymous().get(q("tea") + "&before=1&after=2").statusCode()).isEqualTo(400);
  }

  @Test
  void everyPageHasASearchBoxInTheNavigationBar() {
    for (Browser browser : List.of(anonymous(), alice())) {
      Document html = Browser.html(browser.get("/explore"));
      assertThat(html.select("header .searchbar form[role=search][action=/search] input[name=q]"))
          .hasSize(1);
    }
  }
}
