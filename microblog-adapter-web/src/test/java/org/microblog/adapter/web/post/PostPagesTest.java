package org.microblog.adapter.web.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.DeletePostCommand;
import org.microblog.application.port.in.post.DeletePostUseCase;
import org.microblog.application.port.in.post.PublishPostCommand;
import org.microblog.application.port.in.post.PublishPostUseCase;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.shared.DomainException;

@MicronautTest
class PostPagesTest extends WebTestSupport {
  @Inject PublishPostUseCase publishPost;
  @Inject DeletePostUseCase deletePost;

  @BeforeEach
  void resetPosts() {
    reset(publishPost, deletePost);
  }

  @Test
  void publishingRedirectsHomeWithTheTrimmedText() {
    when(publishPost.publish(any())).thenReturn(new PostId(9));

    HttpResponse<String> response = alice().post("/posts", Map.of("body", "  hello world  "));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/");
    verify(publishPost).publish(new PublishPostCommand(ALICE, new PostText("hello world")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyPostIsRefusedWith422(String body) {
    HttpResponse<String> response = alice().post("/posts", Map.of("body", body));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select(".error").text()).isEqualTo("A post cannot be empty.");
    verify(publishPost, never()).publish(any());
  }

  @Test
  void aTooLongPostIsRefusedAndKeptInTheForm() {
    String text = "x".repeat(281);

    HttpResponse<String> response = alice().post("/posts", Map.of("body", text));

    assertThat(response.statusCode()).isEqualTo(422);
    Document page = Browser.html(response);
    assertThat(page.select(".error").text()).isEqualTo("A post must be at most 280 characters.");
    assertThat(page.select("textarea[name=body]").text()).isEqualTo(text);
    verify(publishPost, never()).publish(any());
  }

  @Test
  void theHomeTimelineShowsPostsEscapedWithAuthorAvatarTimeAndPageLinks() {
    var page =
        new Page<>(
            List.of(
                TimelineEntry.of(post(30, BOB, "bob", "<script>alert('x')</script>")),
                TimelineEntry.of(post(29, ALICE, "alice", "mine"))),
            Optional.empty(),
            Optional.of(PageRequest.olderThan(29)));
    when(timelines.homeTimeline(eq(ALICE), any())).thenReturn(page);

    HttpResponse<String> response = alice().get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    Document html = Browser.html(response);
    assertThat(html.select(".post .author").eachText()).containsExactly("bob", "alice");
    assertThat(html.select(".post img.avatar").first().attr("src")).isEqualTo("/avatars/bob.svg");
    assertThat(html.select(".post .author").first().attr("href")).isEqualTo("/users/bob");
    assertThat(html.select(".post time").first().attr("datetime"))
        .isEqualTo("2026-11-28T12:00:00Z");
    assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/?before=29");
    assertThat(html.select("a[rel=prev]")).isEmpty();
    assertThat(html.select("#post-30 form[action$=/delete]"))
        .as("no delete button on bob's post")
        .isEmpty();
    assertThat(html.select("#post-29 form[action$=/delete]").attr("action"))
        .isEqualTo("/posts/29/delete");
  }

  @Test
  void olderPagesAreRequestedByKeyset() {
    alice().get("/?before=29");

    verify(timelines).homeTimeline(ALICE, PageRequest.olderThan(29));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "?before=abc",
        "?before=-1",
        "?before=0",
        "?after=-5",
        "?before=99999999999999999999",
        "?before=1&after=2"
      })
  void malformedPageParametersGetA400Page(String query) {
    HttpResponse<String> response = alice().get("/" + query);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Browser.html(response).select("h1").text()).isEqualTo("Bad request");
    assertThat(anonymous().get("/explore" + query).statusCode()).isEqualTo(400);
  }

  @Test
  void theAuthorDeletesAndReturnsToTheGivenPage() {
    HttpResponse<String> response = alice().post("/posts/29/delete", Map.of("next", "/explore"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/explore");
    verify(deletePost).delete(new DeletePostCommand(ALICE, new PostId(29)));
  }

  @Test
  void someoneElsesPostCannotBeDeleted() {
    doThrow(DomainException.forbidden("post.not-author", "You can delete only your own posts."))
        .when(deletePost)
        .delete(any());

    HttpResponse<String> response = alice().post("/posts/30/delete", Map.of());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Browser.html(response).text()).contains("You can delete only your own posts.");
  }

  @Test
  void malformedPostIdsAreBadRequestsOrUnknown() {
    assertThat(alice().post("/posts/abc/delete", Map.of()).statusCode()).isEqualTo(400);
    assertThat(alice().post("/posts/0/delete", Map.of()).statusCode()).isEqualTo(404);
    verify(deletePost, never()).delete(any());
  }

  @Test
  void deletingNeedsAPostNotAGet() {
    assertThat(alice().get("/posts/29/delete").statusCode()).isIn(404, 405);
    verify(deletePost, never()).delete(any());
  }

  @Test
  void anUnexpectedFailureShowsThe500PageWithoutInternals() {
    when(timelines.explore(any(), any())).thenThrow(new IllegalStateException("secret internals"));

    HttpResponse<String> response = anonymous().get("/explore");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Browser.html(response).select("h1").text()).isEqualTo("Something went wrong");
    assertThat(response.body()).doesNotContain("secret internals").doesNotContain("Exception");
  }

  @Test
  void exploreIsPublicAndShowsAnonymousReadersNoButtons() {
    when(timelines.explore(any(), any()))
        .thenReturn(
            new Page<>(List.of(post(3, BOB, "bob", "hi")), Optional.empty(), Optional.empty()));

    HttpResponse<String> response = anonymous().get("/explore");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select(".post-body").text()).isEqualTo("hi");
    assertThat(html.select("main form")).isEmpty();
    assertThat(html.select("nav a[href=/login]")).isNotEmpty();
  }
}
