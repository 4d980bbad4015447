package org.microblog.adapter.web.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
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
import java.util.OptionalLong;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.post.UnlikePostUseCase;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/** The post page, replies, content warnings, rendering from tokens and likes. */
@MicronautTest
class ThreadPagesTest extends WebTestSupport {
  @Inject ThreadQuery threads;
  @Inject PostCardsQuery postCards;
  @Inject PublishPostUseCase publishPost;
  @Inject LikePostUseCase likePost;
  @Inject UnlikePostUseCase unlikePost;

  @BeforeEach
  void resetThreads() {
    reset(threads, postCards, publishPost, likePost, unlikePost);
  }

  @Test
  void thePostPageShowsTheChainAboveAndRepliesBelowWithANextLink() {
    PostThread thread =
        new PostThread(
            List.of(ThreadPost.of(post(1, BOB, "bob", "start")), ThreadPost.deleted(new PostId(2))),
            ThreadPost.of(post(3, ALICE, "alice", "middle")),
            List.of(ThreadPost.of(post(4, BOB, "bob", "answer"))),
            OptionalLong.of(4));
    when(threads.thread(eq(new PostId(3)), any(), eq(0L))).thenReturn(Optional.of(thread));

    HttpResponse<String> response = anonymous().get("/posts/3");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Post by alice");
    assertThat(html.select(".thread .post").eachAttr("id")).containsExactly("post-1", "post-2");
    assertThat(html.select("#post-2").text()).isEqualTo("This post was deleted.");
    assertThat(html.select(".focus .post-body").text()).isEqualTo("middle");
    assertThat(html.select("#replies ~ ol .post-body").text()).isEqualTo("answer");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/posts/3?after=4");
    assertThat(html.select("main form")).as("no forms for anonymous readers").isEmpty();
    assertThat(html.select(".likes").eachText()).containsOnly("0 likes");
  }

  @Test
  void aLoggedInReaderGetsAReplyFormAndLikeButtons() {
    when(threads.thread(eq(new PostId(3)), any(), eq(0L)))
        .thenReturn(Optional.of(single(post(3, BOB, "bob", "x"))));
    when(postCards.interactions(eq(ALICE), anyCollection()))
        .thenReturn(new ReaderInteractions(Set.of(new PostId(3)), Set.of()));

    Document html = Browser.html(alice().get("/posts/3"));

    assertThat(html.select("form[action=/posts] input[name=inReplyTo]").val()).isEqualTo("3");
    assertThat(html.select("form[action=/posts] input[name=csrfToken]").val()).isNotEmpty();
    assertThat(html.select("#post-3 form[action=/posts/3/unlike]")).hasSize(1);
    assertThat(html.select("#post-3 form input[name=next]").val()).isEqualTo("/posts/3");
  }

  @Test
  void laterReplyPagesAreRequestedByKeysetAndUnknownPostsAre404() {
    when(threads.thread(any(), any(), anyLong())).thenReturn(Optional.empty());

    assertThat(anonymous().get("/posts/3?after=40").statusCode()).isEqualTo(404);
    verify(threads).thread(eq(new PostId(3)), any(), eq(40L));
    assertThat(anonymous().get("/posts/0").statusCode()).isEqualTo(404);
    assertThat(anonymous().get("/posts/abc").statusCode()).isEqualTo(400);
    assertThat(anonymous().get("/posts/3?after=x").statusCode()).isEqualTo(400);
  }

  @Test
  void textRendersFromTokensEscapedWithLinksForMentionsOfAccountsAndUrls() {
    String text = "hi @bob and @ghost <b>#topic</b> see https://example.org/a?b=1&c=\"x\"";
    when(threads.thread(eq(new PostId(3)), any(), eq(0L)))
        .thenReturn(Optional.of(single(post(3, ALICE, "alice", text))));
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(MentionLinks.unblocked(Set.of("bob")));

    HttpResponse<String> response = anonymous().get("/posts/3");

    assertThat(response.body()).doesNotContain("<b>").contains("&lt;b&gt;");
    Document html = Browser.html(response);
    assertThat(html.select(".post-body").text()).isEqualTo(text);
    assertThat(html.select(".post-body a[href=/users/bob]").text()).isEqualTo("@bob");
    assertThat(html.select(".post-body a").eachText()).doesNotContain("@ghost");
    assertThat(html.select(".post-body a[href=/tags/topic]").text()).isEqualTo("#topic");
    assertThat(html.select(".post-body a[href=/tags/topic]").attr("rel")).isEmpty();
    var link = html.select(".post-body a[rel]");
    assertThat(link.attr("href")).isEqualTo("https://example.org/a?b=1&c=");
    assertThat(link.attr("rel")).isEqualTo("nofollow noopener ugc");
    verify(postCards)
        .mentionLinks(eq(List.of(new Username("bob"), new Username("ghost"))), eq(List.of(ALICE)));
  }

  @Test
  void aMentionAcrossABlockFromItsAuthorIsPlainText() {
    when(threads.thread(eq(new PostId(3)), any(), eq(0L)))
        .thenReturn(Optional.of(single(post(3, ALICE, "alice", "hi @bob"))));
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(new MentionLinks(Map.of("bob", Set.of(ALICE))));

    Document html = Browser.html(anonymous().get("/posts/3"));

    assertThat(html.select(".post-body").text()).isEqualTo("hi @bob");
    assertThat(html.select(".post-body a")).isEmpty();
  }

  @Test
  void aContentWarningHidesTheBodyInDetails() {
    PostView warned =
        new PostView(
            new PostId(3),
            BOB,
            new Username("bob"),
            new PostText("the ending"),
            Instant.parse("2026-11-28T12:00:00Z"),
            new ContentWarning("film <spoilers>"),
            2,
            Optional.empty());
    when(threads.thread(eq(new PostId(3)), any(), eq(0L))).thenReturn(Optional.of(single(warned)));

    Document html = Browser.html(anonymous().get("/posts/3"));

    assertThat(html.select("details.spoiler summary").text())
        .isEqualTo("Content warning: film <spoilers>");
    assertThat(html.select("details.spoiler:not([open]) .post-body").text())
        .isEqualTo("the ending");
    assertThat(html.select(".likes").text()).isEqualTo("2 likes");
  }

  @Test
  void aReplyWithAWarningGoesToItsOwnPage() {
    when(publishPost.publish(any())).thenReturn(new PostId(12));

    HttpResponse<String> response =
        alice().post("/posts", Map.of("body", "me too", "inReplyTo", "3", "spoiler", " cw "));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/posts/12");
    verify(publishPost)
        .publish(
            new PublishPostCommand(
                ALICE,
                new PostText("me too"),
                Optional.empty(),
                new ContentWarning("cw"),
                Optional.of(new PostId(3))));
  }

  @Test
  void aReplyToADeletedPostComesBackWithTheDomainsMessage() {
    when(threads.thread(eq(new PostId(3)), any(), eq(0L)))
        .thenReturn(Optional.of(single(post(3, BOB, "bob", "x"))));
    doThrow(
            DomainException.invalid(
                "inReplyTo.deleted", "The post you are replying to has been deleted."))
        .when(publishPost)
        .publish(any());

    HttpResponse<String> response =
        alice().post("/posts", Map.of("body", "kept", "inReplyTo", "3"));

    assertThat(response.statusCode()).isEqualTo(422);
    Document html = Browser.html(response);
    assertThat(html.select(".error").text())
        .isEqualTo("The post you are replying to has been deleted.");
    assertThat(html.select("textarea[name=body]").text()).isEqualTo("kept");
  }

  @Test
  void aTooLongWarningOrAMalformedReplyTargetIsRefusedAndNothingPublished() {
    HttpResponse<String> tooLong =
        alice().post("/posts", Map.of("body", "x", "spoiler", "w".repeat(101)));
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(Browser.html(tooLong).select("#spoiler-error").text())
        .isEqualTo("A content warning must be at most 100 characters.");

    for (String target : List.of("abc", "-1", "0", "99999999999999999999")) {
      assertThat(alice().post("/posts", Map.of("body", "x", "inReplyTo", target)).statusCode())
          .as(target)
          .isEqualTo(400);
    }
    verify(publishPost, never()).publish(any());
  }

  @Test
  void likingAndUnlikingReturnToThePageTheButtonWasOn() {
    HttpResponse<String> liked = alice().post("/posts/3/like", Map.of("next", "/explore"));
    HttpResponse<String> unliked = alice().post("/posts/3/unlike", Map.of());

    assertThat(liked.statusCode()).isEqualTo(303);
    assertThat(Browser.location(liked)).isEqualTo("/explore#post-3");
    assertThat(Browser.location(unliked)).isEqualTo("/posts/3#post-3");
    verify(likePost).like(new LikePostCommand(ALICE, new PostId(3)));
    verify(unlikePost).unlike(new LikePostCommand(ALICE, new PostId(3)));
  }

  @Test
  void likingNeedsALoginAndAPost() {
    assertThat(anonymous().post("/posts/3/like", Map.of()).statusCode()).isIn(303, 401, 403);
    assertThat(alice().get("/posts/3/like").statusCode()).isIn(404, 405);
    assertThat(alice().post("/posts/0/like", Map.of()).statusCode()).isEqualTo(404);
    verify(likePost, never()).like(any());
  }

  private static PostThread single(PostView post) {
    return new PostThread(List.of(), ThreadPost.of(post), List.of(), OptionalLong.empty());
  }
}
