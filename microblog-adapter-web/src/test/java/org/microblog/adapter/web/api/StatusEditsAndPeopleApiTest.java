package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.post.EditPostCommand;
import org.microblog.application.port.in.post.EditPostUseCase;
import org.microblog.application.port.in.post.EditablePostQuery;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.MentionedAccount;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostHistoryQuery;
import org.microblog.application.port.in.post.PostHistoryView;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.LikersAndBoostersQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostHistory;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.PostVersion;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The client API's status edits, histories, favouriters and boosters, the mentions of a status and
 * the accounts' post counts: Mastodon's shapes, paging, and JSON refusals, on mocked use cases.
 */
@MicronautTest
class StatusEditsAndPeopleApiTest extends BearerApiTestSupport {
  private static final String READ = "r".repeat(43);
  private static final String WRITE = "w".repeat(43);
  private static final PostId FIVE = new PostId(5);
  private static final Instant PUBLISHED = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant EDITED = Instant.parse("2026-11-29T08:30:00.250Z");
  private static final List<String> STATUS_EDIT_FIELDS =
      List.of(
          "content",
          "spoiler_text",
          "sensitive",
          "created_at",
          "account",
          "media_attachments",
          "emojis");

  @Inject ThreadQuery threads;
  @Inject PostCardsQuery postCards;
  @Inject EditablePostQuery editable;
  @Inject EditPostUseCase editPost;
  @Inject PostHistoryQuery histories;
  @Inject LikersAndBoostersQuery people;

  @BeforeEach
  void knownPeopleAndTokens() {
    reset(threads, postCards, editable, editPost, histories, people);
    token(READ, ALICE, "read");
    token(WRITE, ALICE, "write:statuses");
    when(profiles.profiles(anyCollection()))
        .thenAnswer(
            call ->
                Stream.of(aliceProfile(), bobProfile())
                    .filter(p -> call.<Collection<UserId>>getArgument(0).contains(p.id()))
                    .toList());
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(
            MentionLinks.of(
                Map.of("bob", new MentionedAccount(BOB, new Username("bob"), Set.of()))));
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
  }

  // --- mentions, edited_at and post counts on the entities ---

  @Test
  void aStatusListsItsLinkedMentionsOnceWithTheAccountsCountsAndEditTime() {
    PostView post = alices(5, "hi @BOB, @bob and @carol", Optional.of(EDITED));
    when(threads.thread(FIVE, Optional.empty(), 0)).thenReturn(Optional.of(thread(post)));

    Map<String, Object> status = object(anonymous().get("/api/v1/statuses/5"));

    assertThat(status).containsKeys(STATUS_FIELDS.toArray(String[]::new));
    List<Map<String, Object>> mentions = list(status.get("mentions"));
    assertThat(mentions).as("carol has no account; bob is mentioned twice").hasSize(1);
    assertThat(mentions.get(0))
        .containsOnlyKeys("id", "username", "url", "acct")
        .containsEntry("id", "2")
        .containsEntry("username", "bob")
        .containsEntry("acct", "bob");
    assertThat(mentions.get(0).get("url").toString()).startsWith("http").endsWith("/users/bob");
    assertThat(status.get("edited_at")).isEqualTo("2026-11-29T08:30:00.250Z");
    Map<String, Object> account = map(status.get("account"));
    assertThat(account).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(account.get("statuses_count")).isEqualTo(12);
    assertThat(account.get("last_status_at")).isEqualTo("2026-11-27");
  }

  @Test
  void aStatusNeverEditedHasNoEditTimeAndSomeoneWhoNeverPostedNoLastStatus() {
    PostView post = post(5, BOB, "bob", "no mentions here");
    when(threads.thread(FIVE, Optional.empty(), 0)).thenReturn(Optional.of(thread(post)));

    Map<String, Object> status = object(anonymous().get("/api/v1/statuses/5"));

    assertThat(status.get("edited_at")).isNull();
    assertThat(status.get("mentions")).isEqualTo(List.of());
    assertThat(map(status.get("account")).get("statuses_count")).isEqualTo(0);
    assertThat(map(status.get("account"))).containsEntry("last_status_at", null);
  }

  @Test
  void aPageOfStatusesAsksForItsMentionsOnce() {
    when(timelines.explore(eq(Optional.empty()), any()))
        .thenReturn(
            new Page<>(
                List.of(
                    alices(9, "@bob one", Optional.empty()),
                    post(8, BOB, "bob", "@alice two"),
                    alices(7, "@carol three", Optional.empty())),
                Optional.empty(),
                Optional.empty()));

    List<Map<String, Object>> statuses = array(anonymous().get("/api/v1/timelines/public"));

    assertThat(statuses).extracting(s -> list(s.get("mentions")).size()).containsExactly(1, 0, 0);
    verify(postCards, times(1)).mentionLinks(anyCollection(), anyCollection());
  }

  // --- PUT /api/v1/statuses/:id ---

  @Test
  void theAuthorEditsWithAFormAndGetsTheEditedStatus() {
    when(threads.thread(FIVE, 0))
        .thenReturn(Optional.of(thread(alices(5, "new words", Optional.of(EDITED)))));

    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/statuses/5",
            WRITE,
            "application/x-www-form-urlencoded",
            "status=new+words&spoiler_text=careful&language=en");

    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> status = object(response);
    assertThat(status).containsKeys(STATUS_FIELDS.toArray(String[]::new));
    assertThat(status.get("edited_at")).isEqualTo("2026-11-29T08:30:00.250Z");
    assertThat(status.get("content")).isEqualTo("<p>new words</p>");
    assertThat(status.get("favourited")).isEqualTo(false);
    verify(editPost)
        .edit(
            new EditPostCommand(
                ALICE, FIVE, new PostText("new words"), new ContentWarning("careful")));
  }

  @Test
  void theAuthorEditsWithJsonToo() {
    when(threads.thread(FIVE, 0))
        .thenReturn(Optional.of(thread(alices(5, "json", Optional.of(EDITED)))));

    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/statuses/5",
            WRITE,
            "application/json",
            "{\"status\":\"json\",\"language\":\"de\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    verify(editPost)
        .edit(new EditPostCommand(ALICE, FIVE, new PostText("json"), ContentWarning.none()));
  }

  @Test
  void editingNeedsATokenWithWriteStatuses() {
    HttpResponse<String> none = send("PUT", "/api/v1/statuses/5", null, FORM, "status=x");
    HttpResponse<String> readOnly = send("PUT", "/api/v1/statuses/5", READ, FORM, "status=x");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).startsWith("{\"error\":");
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(readOnly.body()).startsWith("{\"error\":");
    verify(editPost, never()).edit(any());
  }

  @Test
  void someoneElsesOrAnUnknownStatusIsNotFoundAndNothingIsEdited() {
    doThrow(DomainException.forbidden("post.notYours", "You can only edit your own posts."))
        .when(editable)
        .editable(ALICE, new PostId(6));
    doThrow(DomainException.notFound("post.unknown", "No such post."))
        .when(editable)
        .editable(ALICE, new PostId(7));

    for (String id : List.of("6", "7", "abc", "-1", "0", "99999999999999999999999", "5.0")) {
      HttpResponse<String> response =
          send("PUT", "/api/v1/statuses/" + id, WRITE, FORM, "status=" + "x".repeat(500));
      assertThat(response.statusCode()).as(id).isEqualTo(404);
      assertThat(object(response)).as(id).isEqualTo(Map.of("error", "Record not found"));
    }
    verify(editPost, never()).edit(any());
  }

  @Test
  void aStatusThatStoppedBeingOnesOwnMeanwhileIsNotFoundEither() {
    doThrow(DomainException.forbidden("post.notYours", "You can only edit your own posts."))
        .when(editPost)
        .edit(any());

    HttpResponse<String> response = send("PUT", "/api/v1/statuses/5", WRITE, FORM, "status=x");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "status=",
        "status=+++",
        "spoiler_text=only+a+warning",
        "status=%00%01",
        "language=en"
      })
  void editsBreakingThePostRulesAre422WithTheRulesMessage(String body) {
    HttpResponse<String> response = send("PUT", "/api/v1/statuses/5", WRITE, FORM, body);

    assertThat(response.statusCode()).as(body).isEqualTo(422);
    assertThat(object(response).get("error").toString()).isNotBlank();
    verify(editPost, never()).edit(any());
  }

  @Test
  void anOverlongTextOrWarningIs422AndAConflictingEditToo() {
    HttpResponse<String> longText =
        send("PUT", "/api/v1/statuses/5", WRITE, FORM, "status=" + "a".repeat(281));
    HttpResponse<String> longWarning =
        send(
            "PUT",
            "/api/v1/statuses/5",
            WRITE,
            FORM,
            "status=ok&spoiler_text=" + "w".repeat(10_000));
    assertThat(longText.statusCode()).isEqualTo(422);
    assertThat(object(longText).get("error")).isEqualTo("A post must be at most 280 characters.");
    assertThat(longWarning.statusCode()).isEqualTo(422);

    doThrow(DomainException.conflict("body.changed", "This post changed while you were editing."))
        .when(editPost)
        .edit(any());
    HttpResponse<String> conflict = send("PUT", "/api/v1/statuses/5", WRITE, FORM, "status=ok");
    assertThat(conflict.statusCode()).isEqualTo(422);
    assertThat(object(conflict).get("error"))
        .isEqualTo("This post changed while you were editing.");
  }

  @Test
  void aMalformedBodyIs400() {
    HttpResponse<String> response =
        send("PUT", "/api/v1/statuses/5", WRITE, "application/json", "{\"status\":");

    assertThat(response.statusCode()).isEqualTo(400);
    verify(editPost, never()).edit(any());
  }

  // --- GET /api/v1/statuses/:id/history ---

  @Test
  void theHistoryListsEveryVersionOldestFirstEndingWithTheCurrentOne() {
    PostView now = alices(5, "third <b>@bob</b>", Optional.of(EDITED));
    when(histories.history(FIVE, Optional.empty()))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    now,
                    new PostHistory(
                        FIVE,
                        List.of(
                            version("second", "cw", PUBLISHED.plusSeconds(60)),
                            version("first", "", PUBLISHED))),
                    false)));

    List<Map<String, Object>> edits = array(anonymous().get("/api/v1/statuses/5/history"));

    assertThat(edits).hasSize(3);
    edits.forEach(edit -> assertThat(edit).containsKeys(STATUS_EDIT_FIELDS.toArray(String[]::new)));
    assertThat(edits)
        .extracting(e -> e.get("created_at"))
        .containsExactly(
            "2026-11-28T12:00:00.000Z", "2026-11-28T12:01:00.000Z", "2026-11-29T08:30:00.250Z");
    assertThat(edits.get(0).get("content")).isEqualTo("<p>first</p>");
    assertThat(edits.get(1)).containsEntry("spoiler_text", "cw").containsEntry("sensitive", true);
    assertThat(edits.get(0).get("sensitive")).isEqualTo(false);
    assertThat(edits.get(2).get("content").toString())
        .startsWith("<p>third &lt;b&gt;<a href=\"")
        .contains("/users/bob\">@bob</a>");
    assertThat(map(edits.get(2).get("account")).get("username")).isEqualTo("alice");
    assertThat(edits.get(2).get("media_attachments")).isEqualTo(List.of());
    assertThat(edits.get(2).get("emojis")).isEqualTo(List.of());
    verify(postCards, times(1)).mentionLinks(anyCollection(), anyCollection());
  }

  @Test
  void aStatusNeverEditedHasAHistoryOfOne() {
    when(histories.history(FIVE, Optional.of(ALICE)))
        .thenReturn(
            Optional.of(
                new PostHistoryView(
                    alices(5, "once", Optional.empty()), new PostHistory(FIVE, List.of()), false)));

    HttpResponse<String> response = send("GET", "/api/v1/statuses/5/history", READ, null, null);

    assertThat(array(response))
        .extracting(e -> e.get("created_at"))
        .containsExactly("2026-11-28T12:00:00.000Z");
  }

  @Test
  void theHistoryOfAStatusTheCallerCannotSeeOrOfNoStatusIsNotFound() {
    when(histories.history(any(), any())).thenReturn(Optional.empty());
    for (String path :
        List.of(
            "/api/v1/statuses/5/history",
            "/api/v1/statuses/abc/history",
            "/api/v1/statuses/99999999999999999999999/history",
            "/api/v1/statuses/%3Cscript%3E/history")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(object(response)).isEqualTo(Map.of("error", "Record not found"));
    }
    assertThat(send("GET", "/api/v1/statuses/5/history", READ, null, null).statusCode())
        .isEqualTo(404);
    verify(histories).history(FIVE, Optional.of(ALICE));
  }

  // --- GET /api/v1/statuses/:id/favourited_by and /reblogged_by ---

  @Test
  void favouritersPageByTheirPositionWithTheLinkHeader() {
    when(people.likers(eq(FIVE), eq(Optional.empty()), any()))
        .thenReturn(
            Optional.of(
                new Page<>(
                    List.of(new FollowListEntry(2, bobProfile())),
                    Optional.empty(),
                    Optional.of(PageRequest.olderThan(2)))));

    HttpResponse<String> response = anonymous().get("/api/v1/statuses/5/favourited_by?limit=1");

    List<Map<String, Object>> accounts = array(response);
    assertThat(accounts).extracting(a -> a.get("username")).containsExactly("bob");
    assertThat(accounts.get(0)).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(response.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/statuses/5/favourited_by?max_id=2>; rel=\"next\"")
        .contains("/api/v1/statuses/5/favourited_by?min_id=2>; rel=\"prev\"");
    verify(people)
        .likers(
            FIVE,
            Optional.empty(),
            new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 1));
  }

  @Test
  void boostersAreListedAsTheTokensPersonSeesThem() {
    when(people.boosters(eq(FIVE), eq(Optional.of(ALICE)), any()))
        .thenReturn(
            Optional.of(
                new Page<>(
                    List.of(
                        new FollowListEntry(40, bobProfile()),
                        new FollowListEntry(31, aliceProfile())),
                    Optional.empty(),
                    Optional.empty())));

    HttpResponse<String> response =
        send("GET", "/api/v1/statuses/5/reblogged_by?since_id=31&max_id=50", READ, null, null);

    assertThat(array(response)).extracting(a -> a.get("username")).containsExactly("bob");
    assertThat(response.headers().firstValue("Link").orElseThrow())
        .doesNotContain("next")
        .contains("/api/v1/statuses/5/reblogged_by?min_id=40>; rel=\"prev\"");
    verify(people)
        .boosters(FIVE, Optional.of(ALICE), new PageRequest(PageRequest.Direction.OLDER, 50, 20));
  }

  @Test
  void thePeopleOfAStatusTheCallerCannotSeeOrOfNoStatusAreNotFound() {
    when(people.likers(any(), any(), any())).thenReturn(Optional.empty());
    when(people.boosters(any(), any(), any())).thenReturn(Optional.empty());
    for (String list : List.of("favourited_by", "reblogged_by")) {
      for (String id : List.of("5", "abc", "99999999999999999999999", "-5", "%20")) {
        HttpResponse<String> response = anonymous().get("/api/v1/statuses/" + id + "/" + list);
        assertThat(response.statusCode()).as(id + list).isEqualTo(404);
        assertThat(object(response)).isEqualTo(Map.of("error", "Record not found"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=abc", "max_id=x", "since_id=1.5", "min_id=-3"})
  void badPagingOfThePeopleIs400(String query) {
    for (String list : List.of("favourited_by", "reblogged_by")) {
      HttpResponse<String> response = anonymous().get("/api/v1/statuses/5/" + list + "?" + query);
      assertThat(response.statusCode()).as(list + query).isEqualTo(400);
      assertThat(object(response).get("error").toString()).isNotBlank();
    }
  }

  // --- helpers ---

  private static final String FORM = "application/x-www-form-urlencoded";

  private static PostThread thread(PostView post) {
    return new PostThread(List.of(), ThreadPost.of(post), List.of(), OptionalLong.empty());
  }

  private static PostView alices(long id, String text, Optional<Instant> editedAt) {
    return new PostView(
        new PostId(id),
        ALICE,
        new Username("alice"),
        new PostText(text),
        PUBLISHED,
        ContentWarning.none(),
        0,
        editedAt);
  }

  private static PostVersion version(String text, String warning, Instant at) {
    return new PostVersion(FIVE, new PostText(text), new ContentWarning(warning), at);
  }

  private static ProfileView aliceProfile() {
    return new ProfileView(
        ALICE,
        new Username("alice"),
        AboutMe.empty(),
        Instant.parse("2026-01-02T03:04:05.678Z"),
        Instant.parse("2026-11-28T00:00:00Z"),
        3,
        4,
        12,
        Optional.of(Instant.parse("2026-11-27T23:59:59Z")),
        false,
        Relation.NONE);
  }

  private static ProfileView bobProfile() {
    return new ProfileView(
        BOB, new Username("bob"), AboutMe.empty(), Instant.EPOCH, Instant.EPOCH, 0, 0, false);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
