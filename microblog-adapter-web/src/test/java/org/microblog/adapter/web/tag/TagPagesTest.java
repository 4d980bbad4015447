package org.microblog.adapter.web.tag;

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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.Tag;

/** The tag page: public, escaped, paged by keyset; unknown tags 404, malformed ones 400. */
@MicronautTest
class TagPagesTest extends WebTestSupport {
  @Inject PostCardsQuery postCards;

  @BeforeEach
  void resetCards() {
    reset(postCards);
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
  }

  @Test
  void anyoneSeesATagsPostsEscapedWithTagLinksAndAnOlderLink() {
    when(timelines.tagged(eq(new Tag("Java")), any(), eq(PageRequest.first())))
        .thenReturn(
            new Page<>(
                List.of(
                    post(9, BOB, "bob", "<b>#Java</b> and #java17"),
                    post(8, ALICE, "alice", "#JAVA")),
                Optional.empty(),
                Optional.of(PageRequest.olderThan(8))));

    HttpResponse<String> response = anonymous().get("/tags/Java");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<b>").contains("&lt;b&gt;");
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("#Java");
    assertThat(html.title()).startsWith("#Java");
    assertThat(html.select(".post").eachAttr("id")).containsExactly("post-9", "post-8");
    assertThat(html.select("#post-9 .post-body a").eachAttr("href"))
        .containsExactly("/tags/Java", "/tags/java17");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/tags/Java?before=8");
    assertThat(html.select("main form")).as("no buttons for anonymous readers").isEmpty();
  }

  @Test
  void aLoggedInReaderGetsTheButtonsWithTheirLikesAndBoostsInOneQuestion() {
    when(timelines.tagged(any(), any(), any()))
        .thenReturn(
            new Page<>(
                List.of(post(9, BOB, "bob", "#tea"), post(8, BOB, "bob", "#tea again")),
                Optional.of(PageRequest.first()),
                Optional.empty()));
    when(postCards.interactions(eq(ALICE), anyCollection()))
        .thenReturn(new ReaderInteractions(Set.of(), Set.of(new PostId(8))));

    Document html = Browser.html(alice().get("/tags/tea?before=10"));

    assertThat(html.select("#post-8 form[action=/posts/8/unboost]")).hasSize(1);
    assertThat(html.select("#post-9 form[action=/posts/9/boost]")).hasSize(1);
    assertThat(html.select("#post-9 form input[name=next]").val()).isEqualTo("/tags/tea?before=10");
    assertThat(html.select("a[rel=prev]").attr("href")).isEqualTo("/tags/tea");
    verify(timelines).tagged(eq(new Tag("tea")), any(), eq(PageRequest.olderThan(10)));
    verify(postCards).interactions(ALICE, List.of(new PostId(9), new PostId(8)));
  }

  @Test
  void tagsOfOtherScriptsArriveDecoded() {
    when(timelines.tagged(any(), any(), any()))
        .thenReturn(
            new Page<>(
                List.of(post(3, BOB, "bob", "#日本語 #café")), Optional.empty(), Optional.empty()));

    Document html = Browser.html(anonymous().get("/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E"));

    assertThat(html.select("h1").text()).isEqualTo("#日本語");
    verify(timelines).tagged(eq(new Tag("日本語")), any(), eq(PageRequest.first()));
    assertThat(html.select(".post-body a").eachAttr("href"))
        .containsExactly("/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E", "/tags/caf%C3%A9");
  }

  @Test
  void aTagThatNoPostCarriesIsUnknown() {
    HttpResponse<String> response = anonymous().get("/tags/nothinghere");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Browser.html(response).select("main").text())
        .contains("No post carries that tag yet.");
  }

  @Test
  void aPagePastTheEndOfAKnownTagIsEmptyNotUnknown() {
    HttpResponse<String> response = anonymous().get("/tags/java?before=1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Browser.html(response).select(".empty").text()).isEqualTo("No posts here yet.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/tags/a-b",
        "/tags/2026",
        "/tags/%23java",
        "/tags/%3Cscript%3E",
        "/tags/%20",
        "/tags/%E2%80%8Bzero_width"
      })
  void aNameThatCanBeNoTagIsUnknownAsTheRulesOfPathsSay(String path) {
    HttpResponse<String> response = anonymous().get(path);

    assertThat(response.statusCode()).as(path).isEqualTo(404);
    assertThat(Browser.html(response).select("main").text())
        .contains("No post carries that tag yet.");
    assertThat(response.body()).doesNotContain("<script>");
    verify(timelines, never()).tagged(any(), any(), any());
  }

  @Test
  void anOverlongTagIsUnknownWithoutAQuestion() {
    assertThat(anonymous().get("/tags/" + "a".repeat(Tag.MAX_LENGTH + 1)).statusCode())
        .isEqualTo(404);
    verify(timelines, never()).tagged(any(), any(), any());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tags/java?before=abc", "/tags/java?before=1&after=2"})
  void aMalformedPageLinkIsABadRequestPage(String path) {
    HttpResponse<String> response = anonymous().get(path);

    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(Browser.html(response).select("h1").text()).isEqualTo("Bad request");
    verify(timelines, never()).tagged(any(), any(), any());
  }
}
