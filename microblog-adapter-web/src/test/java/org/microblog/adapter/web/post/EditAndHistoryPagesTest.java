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
import java.util.OptionalLong;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostHistory;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.Username;

/** Editing a post (its form, refusals) and its history page; the "edited" mark on cards. */
@MicronautTest
class EditAndHistoryPagesTest extends WebTestSupport {
  private static final Instant PUBLISHED = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant EDITED = Instant.parse("2026-11-28T12:34:56Z");
  private static final PostId POST = new PostId(3);

  @Inject EditablePostQuery editable;
  @Inject EditPostUseCase editPost;
  @Inject PostHistoryQuery histories;
  @Inject ThreadQuery threads;
  @Inject PostCardsQuery postCards;

  @BeforeEach
  void resetMocks() {
    reset(editable, editPost, histories, threads, postCards);
  }

  @Test
  void theAuthorGetsAFormWithTheCurrentWordsLimitsAndCsrfToken() {
    when(editable.editable(ALICE, POST))
        .thenReturn(
            new PostVersion(
                POST, new PostText("helo <b>"), new ContentWarning("films & books"), PUBLISHED));

    HttpResponse<String> response = alice().get("/posts/3/edit");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<b>");
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Edit your post");
    var form = html.select("form[action=/posts/3/edit]");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.select("input[name=csrfToken]").val()).isNotEmpty();
    assertThat(form.select("textarea[name=body]").text()).isEqualTo("helo <b>");
    assertThat(form.select("textarea[name=body]").attr("maxlength")).isEqualTo("560");
    assertThat(form.select("input[name=spoiler]").val()).isEqualTo("films & books");
    assertThat(form.select("input[name=spoiler]").attr("maxlength")).isEqualTo("200");
    assertThat(form.select("a[href=/posts/3]").text()).isEqualTo("Cancel");
  }

  @Test
  void someoneElseIsRefusedTheFormAsDeletingRefusesThemAndUnknownPostsAre404() {
    doThrow(DomainException.forbidden("post.not-author", "You can edit only your own posts."))
        .when(editable)
        .editable(ALICE, POST);
    doThrow(DomainException.notFound("post.unknown", "That post does not exist."))
        .when(editable)
        .editable(ALICE, new PostId(4));

    HttpResponse<String> refused = alice().get("/posts/3/edit");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Browser.html(refused).text()).contains("You can edit only your own posts.");
    assertThat(alice().get("/posts/4/edit").statusCode()).isEqualTo(404);
    assertThat(alice().get("/posts/0/edit").statusCode()).isEqualTo(404);
    assertThat(alice().get("/posts/abc/edit").statusCode()).isEqualTo(400);
    HttpResponse<String> anonymous = anonymous().get("/posts/3/edit");
    assertThat(anonymous.statusCode()).isEqualTo(303);
    assertThat(Browser.location(anonymous)).startsWith("/login");
  }

  @Test
  void aSavedEditGoesBackToThePost() {
    HttpResponse<String> response =
        alice().post("/posts/3/edit", Map.of("body", " hello ", "spoiler", " typo "));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).isEqualTo("/posts/3#post-3");
    verify(editPost)
        .edit(new EditPostCommand(ALICE, POST, new PostText("hello"), new ContentWarning("typo")));
  }

  @Test
  void wordsBreakingTheRulesComeBackWithEveryMessageAndNothingIsEdited() {
    HttpResponse<String> response =
        alice().post("/posts/3/edit", Map.of("body", "x".repeat(281), "spoiler", "w".repeat(101)));

    assertThat(response.statusCode()).isEqualTo(422);
    Document html = Browser.html(response);
    assertThat(html.select("#body-error").text())
        .isEqualTo("A post must be at most 280 characters.");
    assertThat(html.select("#spoiler-error").text())
        .isEqualTo("A content warning must be at most 100 characters.");
    assertThat(html.select("textarea[name=body]").attr("autofocus")).isNotNull();
    assertThat(html.select("textarea[name=body]").text()).hasSize(281);
    assertThat(html.select("form[action=/posts/3/edit] input[name=csrfToken]").val()).isNotEmpty();
    verify(editPost, never()).edit(any());
  }

  @Test
  void someoneElsesEditIsRefusedBeforeItsWordsAreReadAndNothingChanges() {
    doThrow(DomainException.forbidden("post.not-author", "You can edit only your own posts."))
        .when(editable)
        .editable(ALICE, POST);

    HttpResponse<String> response = alice().post("/posts/3/edit", Map.of("body", " "));

    assertThat(response.statusCode()).isEqualTo(403);
    verify(editPost, never()).edit(any());
  }

  @Test
  void anEditRacingAnotherComesBackWithTheMessage() {
    doThrow(DomainException.conflict("body.changed", "This post changed while you were editing."))
        .when(editPost)
        .edit(any());

    HttpResponse<String> response = alice().post("/posts/3/edit", Map.of("body", "mine"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(Browser.html(response).select("#body-error").text())
        .isEqualTo("This post changed while you were editing.");
  }

  @Test
  void anEditWithoutTheCsrfTokenIsRefusedAndNothingChanges() {
    HttpResponse<String> response =
        alice().postRaw("/posts/3/edit", Map.of("body", "forged", "spoiler", ""));

    assertThat(response.statusCode()).isEqualTo(403);
    verify(editPost, never()).edit(any());
  }

  @Test
  void anEditedPostSaysSoWithTheTimeLinkingToItsHistoryAndOnlyItsAuthorMayEdit() {
    when(threads.thread(eq(POST), any(), eq(0L)))
        .thenReturn(Optional.of(single(edited(ALICE, "alice", "hello"))));

    Document own = Browser.html(alice().get("/posts/3"));
    var mark = own.select("#post-3 .post-meta a.edited");
    assertThat(mark.attr("href")).isEqualTo("/posts/3/history");
    assertThat(mark.text()).startsWith("edited ");
    assertThat(mark.select("time").attr("title")).isEqualTo("28 Nov 2026, 12:34 UTC");
    assertThat(mark.select("time").attr("datetime")).isEqualTo("2026-11-28T12:34:56Z");
    assertThat(own.select("#post-3 a[href=/posts/3/edit]").text()).startsWith("Edit");

    Document others = Browser.html(anonymous().get("/posts/3"));
    assertThat(others.select("#post-3 a.edited")).hasSize(1);
    assertThat(others.select("a[href=/posts/3/edit]")).isEmpty();
  }

  @Test
  void anUneditedPostCarriesNoEditedMark() {
    when(threads.thread(eq(POST), any(), eq(0L)))
        .thenReturn(Optional.of(single(post(3, BOB, "bob", "fresh"))));

    assertThat(Browser.html(alice().get("/posts/3")).select(".edited")).isEmpty();
  }

  @Test
  void theHistoryShowsTheWordsNowThenEveryEarlierVersionNewestFirst() {
    PostVersion first =
        new PostVersion(POST, new PostText("helo @bob <i>"), ContentWarning.none(), PUBLISHED);
    PostVersion second =
        new PostVersion(
            POST,
            new PostText("hello @bob"),
            new ContentWarning("typo"),
            PUBLISHED.plusSeconds(60));
    when(histories.history(POST))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    edited(ALICE, "alice", "hello @bob!"),
                    new PostHistory(POST, List.of(first, second)),
                    false)));
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(MentionLinks.unblocked(Set.of("bob")));

    HttpResponse<String> response = anonymous().get("/posts/3/history");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<i>");
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Edit history of a post by alice");
    assertThat(html.select("a[href=/posts/3]").text()).isEqualTo("Back to the post");
    assertThat(html.select("#current-version ~ .version .post-body").text())
        .isEqualTo("hello @bob!");
    assertThat(html.select("#current-version ~ .version time").attr("datetime"))
        .isEqualTo("2026-11-28T12:34:56Z");
    assertThat(html.select(".versions .version .post-body").eachText())
        .containsExactly("hello @bob", "helo @bob <i>");
    assertThat(html.select(".versions time").eachAttr("datetime"))
        .containsExactly("2026-11-28T12:01:00Z", "2026-11-28T12:00:00Z");
    assertThat(html.select(".versions details.spoiler summary").text())
        .isEqualTo("Content warning: typo");
    assertThat(html.select(".post-body a[href=/users/bob]")).hasSize(3);
    assertThat(html.select(".hint")).isEmpty();
  }

  @Test
  void aHistoryTooLongToShowSaysSoAndAnUneditedPostHasNone() {
    when(histories.history(POST))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    post(3, BOB, "bob", "never edited"), new PostHistory(POST, List.of()), false)));
    assertThat(Browser.html(anonymous().get("/posts/3/history")).select(".empty").text())
        .isEqualTo("This post has not been edited.");

    PostVersion old = new PostVersion(POST, new PostText("old"), ContentWarning.none(), PUBLISHED);
    when(histories.history(POST))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    edited(BOB, "bob", "new"), new PostHistory(POST, List.of(old)), true)));
    assertThat(Browser.html(anonymous().get("/posts/3/history")).select(".hint").text())
        .isEqualTo("Older versions are not shown.");
  }

  @Test
  void anUnknownPostHasNoHistory() {
    when(histories.history(any())).thenReturn(Optional.empty());

    assertThat(anonymous().get("/posts/3/history").statusCode()).isEqualTo(404);
    assertThat(anonymous().get("/posts/0/history").statusCode()).isEqualTo(404);
    assertThat(anonymous().get("/posts/x/history").statusCode()).isEqualTo(400);
  }

  private static PostView edited(
      org.microblog.domain.user.UserId author, String name, String text) {
    return new PostView(
        POST,
        author,
        new Username(name),
        new PostText(text),
        PUBLISHED,
        ContentWarning.none(),
        0,
        Optional.of(EDITED));
  }

  private static PostThread single(PostView post) {
    return new PostThread(List.of(), ThreadPost.of(post), List.of(), OptionalLong.empty());
  }
}
