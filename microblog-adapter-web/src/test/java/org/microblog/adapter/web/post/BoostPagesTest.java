package org.microblog.adapter.web.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Boost buttons, "X boosted" in the home timeline, and the counts every card shows. */
@MicronautTest
class BoostPagesTest extends WebTestSupport {
  private static final UserId CAROL = new UserId(3);

  @Inject BoostPostUseCase boostPost;
  @Inject UnboostPostUseCase unboostPost;
  @Inject PostCardsQuery postCards;

  @BeforeEach
  void resetMocks() {
    reset(boostPost, unboostPost, postCards);
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
  }

  @Test
  void boostingAndUnboostingReturnToThePageTheButtonWasOn() {
    HttpResponse<String> boosted = alice().post("/posts/7/boost", Map.of("next", "/?before=40"));
    HttpResponse<String> unboosted = alice().post("/posts/7/unboost", Map.of());

    assertThat(boosted.statusCode()).isEqualTo(303);
    assertThat(Browser.location(boosted)).isEqualTo("/?before=40#post-7");
    assertThat(unboosted.statusCode()).isEqualTo(303);
    assertThat(Browser.location(unboosted)).isEqualTo("/posts/7#post-7");
    verify(boostPost).boost(new BoostPostCommand(ALICE, new PostId(7)));
    verify(unboostPost).unboost(new BoostPostCommand(ALICE, new PostId(7)));
  }

  @Test
  void aBoostReturnsOnlyToALocalPage() {
    HttpResponse<String> response =
        alice().post("/posts/7/boost", Map.of("next", "https://evil.example/phish"));

    assertThat(Browser.location(response)).isEqualTo("/posts/7#post-7");
  }

  @Test
  void boostingAnUnknownOrDeletedPostIsA404Page() {
    doThrow(DomainException.notFound("post.unknown", "That post does not exist."))
        .when(boostPost)
        .boost(any());

    HttpResponse<String> unknown = alice().post("/posts/99/boost", Map.of());

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Browser.html(unknown).select("main").text()).contains("That post does not exist.");
    assertThat(alice().post("/posts/0/boost", Map.of()).statusCode()).isEqualTo(404);
    assertThat(alice().post("/posts/abc/unboost", Map.of()).statusCode()).isEqualTo(400);
    verify(unboostPost, never()).unboost(any());
  }

  @Test
  void boostingNeedsALoginACsrfTokenAndAPost() {
    assertThat(anonymous().post("/posts/7/boost", Map.of()).statusCode()).isIn(303, 401, 403);
    assertThat(alice().get("/posts/7/boost").statusCode()).isIn(404, 405);
    HttpResponse<String> forged =
        alice().postRaw("/posts/7/unboost", Map.of("csrfToken", "A".repeat(43)));
    assertThat(forged.statusCode()).isEqualTo(403);
    verify(boostPost, never()).boost(any());
    verify(unboostPost, never()).unboost(any());
  }

  @Test
  void theHomeTimelineSaysWhoBoostedAPostAndOffersToUndoTheReadersBoost() {
    PostView carols = counted(12, CAROL, "carol", "shared widely", 4, 5, 6);
    PostView own = counted(11, ALICE, "alice", "mine", 0, 1, 1);
    when(timelines.homeTimeline(eq(ALICE), any()))
        .thenReturn(
            new Page<>(
                List.of(
                    TimelineEntry.boosted(20, carols, new Username("bob")), TimelineEntry.of(own)),
                Optional.empty(),
                Optional.empty()));
    when(postCards.interactions(eq(ALICE), anyCollection()))
        .thenReturn(new ReaderInteractions(Set.of(new PostId(11)), Set.of(new PostId(12))));

    Document html = Browser.html(alice().get("/"));

    Element boosted = html.selectFirst("#post-12");
    assertThat(boosted.select(".boosted-by").text()).isEqualTo("bob boosted");
    assertThat(boosted.select(".boosted-by a").attr("href")).isEqualTo("/users/bob");
    assertThat(boosted.select(".post-actions > span").eachText())
        .containsExactly("4 replies", "5 likes", "6 boosts");
    assertThat(boosted.select("form[action=/posts/12/unboost] button").text())
        .isEqualTo("Unboost the post by carol");
    assertThat(boosted.select("form[action=/posts/12/like] button").text())
        .isEqualTo("Like the post by carol");
    assertThat(boosted.select("form input[name=next]").eachAttr("value")).containsOnly("/");
    Element mine = html.selectFirst("#post-11");
    assertThat(mine.select(".boosted-by")).isEmpty();
    assertThat(mine.select(".post-actions > span").eachText())
        .containsExactly("0 replies", "1 like", "1 boost");
    assertThat(mine.select("form[action=/posts/11/boost] button").text())
        .isEqualTo("Boost the post by alice");
    assertThat(mine.select("form[action=/posts/11/unlike]")).hasSize(1);
    verify(postCards).interactions(ALICE, List.of(new PostId(12), new PostId(11)));
  }

  @Test
  void aBoostedCardShowsTheOriginalsEditAndItsAuthorMayEditIt() {
    PostView edited =
        new PostView(
            new PostId(13),
            ALICE,
            new Username("alice"),
            new PostText("fixed typo"),
            Instant.parse("2026-11-28T12:00:00Z"),
            ContentWarning.none(),
            2,
            1,
            3,
            Optional.of(Instant.parse("2026-11-28T12:30:00Z")));
    when(timelines.homeTimeline(eq(ALICE), any()))
        .thenReturn(
            new Page<>(
                List.of(TimelineEntry.boosted(40, edited, new Username("bob"))),
                Optional.empty(),
                Optional.empty()));

    Element card = Browser.html(alice().get("/")).selectFirst("#post-13");

    assertThat(card.select(".boosted-by").text()).isEqualTo("bob boosted");
    assertThat(card.select("a.edited").attr("href")).isEqualTo("/posts/13/history");
    assertThat(card.select("a.edited time").attr("datetime")).isEqualTo("2026-11-28T12:30:00Z");
    assertThat(card.select(".post-actions > span").eachText())
        .containsExactly("1 reply", "2 likes", "3 boosts");
    assertThat(card.select("a[href=/posts/13/edit]")).hasSize(1);
    assertThat(card.select("form[action=/posts/13/boost], form[action=/posts/13/like]")).hasSize(2);
  }

  @Test
  void anonymousReadersSeeTheCountsButNoButtons() {
    when(timelines.explore(any(), any()))
        .thenReturn(
            new Page<>(
                List.of(counted(5, CAROL, "carol", "hello", 1, 2, 3)),
                Optional.empty(),
                Optional.empty()));

    Document html = Browser.html(anonymous().get("/explore"));

    assertThat(html.select("#post-5 .post-actions > span").eachText())
        .containsExactly("1 reply", "2 likes", "3 boosts");
    assertThat(html.select("#post-5 form")).isEmpty();
    verify(postCards, never()).interactions(any(), anyCollection());
  }

  private static PostView counted(
      long id, UserId author, String name, String text, long replies, long likes, long boosts) {
    return new PostView(
        new PostId(id),
        author,
        new Username(name),
        new PostText(text),
        Instant.parse("2026-11-28T12:00:00Z"),
        ContentWarning.none(),
        likes,
        replies,
        boosts,
        Optional.empty());
  }
}
