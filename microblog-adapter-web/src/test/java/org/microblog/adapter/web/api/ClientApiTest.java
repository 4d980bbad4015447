package org.microblog.adapter.web.api;

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
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.PostThread;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.application.port.in.post.ThreadQuery;
import org.microblog.application.port.in.search.MatchCount;
import org.microblog.application.port.in.search.PersonMatch;
import org.microblog.application.port.in.search.SearchResults;
import org.microblog.application.port.in.search.SearchResultsQuery;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.application.port.in.user.FollowListQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.post.ContentWarning;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.PostText;
import org.microblog.domain.post.Tag;
import org.microblog.domain.search.SearchQuery;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** The public client API: Mastodon's shapes, paging and JSON refusals, on mocked use cases. */
@MicronautTest
class ClientApiTest extends BearerApiTestSupport {

  @Inject ThreadQuery threads;
  @Inject PostCardsQuery postCards;
  @Inject FollowListQuery followLists;
  @Inject SearchResultsQuery search;

  @BeforeEach
  void knownPeople() {
    reset(profiles, threads, postCards, followLists, search);
    when(profiles.profile(eq(new Username("alice")), any()))
        .thenReturn(Optional.of(aliceProfile()));
    when(profiles.profile(eq(new Username("bob")), any())).thenReturn(Optional.of(bobProfile()));
    when(profiles.profiles(anyCollection()))
        .thenAnswer(
            call ->
                Stream.of(aliceProfile(), bobProfile())
                    .filter(p -> call.<Collection<UserId>>getArgument(0).contains(p.id()))
                    .toList());
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(MentionLinks.unblocked(Set.of("bob")));
  }

  @Test
  void instanceDocumentsSayThePostLengthAndRegistrations() {
    Map<String, Object> v2 = object(anonymous().get("/api/v2/instance"));
    assertThat(v2)
        .containsKeys(
            "domain",
            "title",
            "version",
            "source_url",
            "description",
            "usage",
            "thumbnail",
            "languages",
            "configuration",
            "registrations",
            "contact",
            "rules");
    assertThat(path(v2, "configuration", "statuses").get("max_characters")).isEqualTo(280);
    assertThat(map(v2.get("configuration"))).containsKeys("accounts", "urls");
    assertThat(map(v2.get("registrations")).get("enabled")).isEqualTo(true);
    assertThat(v2.get("rules")).isEqualTo(List.of());
    String thumbnail = map(v2.get("thumbnail")).get("url").toString();
    assertThat(anonymous().get(thumbnail.replaceFirst("^https?://[^/]+", "")).statusCode())
        .as("the thumbnail is an image we serve")
        .isEqualTo(200);
    Map<String, Object> v1 = object(anonymous().get("/api/v1/instance"));
    assertThat(v1).containsKeys("uri", "title", "version", "urls", "stats", "configuration");
    assertThat(path(v1, "configuration", "statuses").get("max_characters")).isEqualTo(280);
  }

  @Test
  void nodeInfoNamesTheSoftwareAndItsBuildVersion() {
    Map<String, Object> links = object(anonymous().get("/.well-known/nodeinfo"));
    assertThat(links.get("links").toString()).contains("/nodeinfo/2.0");
    Map<String, Object> info = object(anonymous().get("/nodeinfo/2.0"));
    assertThat(map(info.get("software")).get("name")).isEqualTo("microblog");
    assertThat(map(info.get("software")).get("version").toString()).matches("\\d+\\.\\d+.*");
    assertThat(info.get("protocols")).isEqualTo(List.of());
    assertThat(info).containsKeys("version", "services", "openRegistrations", "usage");
  }

  @Test
  void lookupGivesTheAccountWithEveryField() {
    Map<String, Object> account = object(anonymous().get("/api/v1/accounts/lookup?acct=alice"));
    assertThat(account).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(account.get("id")).isEqualTo("1");
    assertThat(account.get("note")).isEqualTo("<p>I &lt;3 tea &amp; cake</p>");
    assertThat(account.get("created_at")).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(account.get("followers_count")).isEqualTo(3);
    assertThat(account.get("avatar").toString()).startsWith("http").endsWith("/avatars/alice.svg");
    assertThat(account.get("fields")).isEqualTo(List.of());
  }

  @Test
  void unknownAndMalformedAccountsAreNotFoundAsJson() {
    for (String path :
        List.of(
            "/api/v1/accounts/lookup?acct=nobody",
            "/api/v1/accounts/lookup?acct=%3Cscript%3E",
            "/api/v1/accounts/7",
            "/api/v1/accounts/abc",
            "/api/v1/accounts/-1/statuses",
            "/api/v1/accounts/99999999999999999999999")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(object(response)).as(path).isEqualTo(Map.of("error", "Record not found"));
    }
    assertThat(anonymous().get("/api/v1/accounts/lookup").statusCode()).isEqualTo(400);
  }

  @Test
  void accountByIdAndItsStatusesWithContentAndLinkHeader() {
    assertThat(object(anonymous().get("/api/v1/accounts/1")).get("username")).isEqualTo("alice");
    when(timelines.postsBy(eq(ALICE), any()))
        .thenReturn(
            new Page<>(
                List.of(warned(9, "<b>hi</b> @bob #Tea https://example.org/x"), post(8)),
                Optional.empty(),
                Optional.of(PageRequest.olderThan(8))));

    HttpResponse<String> response = anonymous().get("/api/v1/accounts/1/statuses?limit=2");

    List<Map<String, Object>> statuses = array(response);
    assertThat(statuses).extracting(s -> s.get("id")).containsExactly("9", "8");
    Map<String, Object> first = statuses.get(0);
    assertThat(first).containsKeys(STATUS_FIELDS.toArray(String[]::new));
    assertThat(first.get("content").toString())
        .startsWith("<p>&lt;b&gt;hi&lt;/b&gt; <a href=\"http")
        .contains("/users/bob\">@bob</a>")
        .contains("/tags/Tea\">#Tea</a>")
        .contains("<a href=\"https://example.org/x\" rel=\"nofollow noopener ugc\">");
    assertThat(first.get("sensitive")).isEqualTo(true);
    assertThat(first.get("spoiler_text")).isEqualTo("spoilers");
    assertThat(first.get("visibility")).isEqualTo("public");
    assertThat(first.get("created_at")).isEqualTo("2026-11-28T12:00:00.000Z");
    assertThat(first.get("reblog")).isNull();
    assertThat(map(first.get("account")).get("acct")).isEqualTo("alice");
    assertThat(first.get("tags").toString()).contains("Tea");
    assertThat(response.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/accounts/1/statuses?max_id=8>; rel=\"next\"")
        .contains("/api/v1/accounts/1/statuses?min_id=9>; rel=\"prev\"");
    verify(timelines)
        .postsBy(ALICE, new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 2));
    verify(profiles, never()).profile(any(), any());
  }

  @Test
  void publicTimelinePagesByMastodonsParameters() {
    when(timelines.explore(eq(Optional.empty()), any()))
        .thenReturn(
            new Page<>(List.of(post(12), post(11), post(10)), Optional.empty(), Optional.empty()));

    assertThat(array(anonymous().get("/api/v1/timelines/public?since_id=10")))
        .extracting(s -> s.get("id"))
        .containsExactly("12", "11");
    anonymous().get("/api/v1/timelines/public?min_id=5&limit=500");
    anonymous().get("/api/v1/timelines/public?max_id=30");
    verify(timelines)
        .explore(Optional.empty(), new PageRequest(PageRequest.Direction.NEWER, 5, 40));
    verify(timelines)
        .explore(Optional.empty(), new PageRequest(PageRequest.Direction.OLDER, 30, 20));
    HttpResponse<String> last = anonymous().get("/api/v1/timelines/public");
    assertThat(last.headers().firstValue("Link").orElseThrow()).doesNotContain("next");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=0",
        "limit=-1",
        "limit=abc",
        "limit=99999999999",
        "max_id=x",
        "since_id=1.5",
        "min_id=%00",
        "max_id=-3"
      })
  void badPagingParametersAreRefusedAsJson(String query) {
    for (String path : List.of("/api/v1/timelines/public?", "/api/v1/accounts/1/statuses?")) {
      HttpResponse<String> response = anonymous().get(path + query);
      assertThat(response.statusCode()).as(path + query).isEqualTo(400);
      assertThat(object(response).get("error").toString()).isNotBlank();
    }
  }

  @Test
  void aStatusAndItsContextComeFromTheThread() {
    PostView root = post(1);
    PostView middle = post(5);
    PostView reply =
        new PostView(
            new PostId(7),
            BOB,
            new Username("bob"),
            new PostText("yes"),
            Instant.parse("2026-11-28T12:00:00Z"));
    when(threads.thread(new PostId(5), Optional.empty(), 0))
        .thenReturn(
            Optional.of(
                new PostThread(
                    List.of(ThreadPost.of(root)),
                    ThreadPost.of(middle),
                    List.of(ThreadPost.of(reply), ThreadPost.deleted(new PostId(8))),
                    OptionalLong.empty())));

    Map<String, Object> status = object(anonymous().get("/api/v1/statuses/5"));
    assertThat(status).containsKeys(STATUS_FIELDS.toArray(String[]::new));
    assertThat(status.get("in_reply_to_id")).isEqualTo("1");
    assertThat(status.get("in_reply_to_account_id")).isEqualTo("1");

    Map<String, Object> context = object(anonymous().get("/api/v1/statuses/5/context"));
    assertThat(list(context.get("ancestors"))).extracting(s -> s.get("id")).containsExactly("1");
    List<Map<String, Object>> descendants = list(context.get("descendants"));
    assertThat(descendants).extracting(s -> s.get("id")).containsExactly("7");
    assertThat(descendants.get(0).get("in_reply_to_id")).isEqualTo("5");
    assertThat(map(descendants.get(0).get("account")).get("username")).isEqualTo("bob");
    verify(profiles).profiles(Set.of(ALICE, BOB));
  }

  @Test
  void unknownStatusesAreNotFoundAsJson() {
    when(threads.thread(any(), any(), eq(0L))).thenReturn(Optional.empty());
    when(threads.thread(new PostId(3), Optional.empty(), 0))
        .thenReturn(
            Optional.of(
                new PostThread(
                    List.of(),
                    ThreadPost.deleted(new PostId(3)),
                    List.of(),
                    OptionalLong.empty())));
    for (String path :
        List.of(
            "/api/v1/statuses/4",
            "/api/v1/statuses/3",
            "/api/v1/statuses/x/context",
            "/api/v1/statuses/3/context",
            "/api/v1/statuses/%20")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(object(response)).isEqualTo(Map.of("error", "Record not found"));
    }
  }

  @Test
  void anyOtherApiPathIsAJsonNotFoundAndNoGetNeedsACookie() {
    for (String path :
        List.of("/api/v1/nothing", "/api/v1/statuses/", "/api/v1/accounts//statuses")) {
      HttpResponse<String> response = anonymous().get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(object(response)).isEqualTo(Map.of("error", "Record not found"));
    }
    assertThat(anonymous().get("/api/v2/instance").headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("JWT") || cookie.contains("login"));
  }

  @Test
  void followersAndFollowingPageByFollowPositionWithTheLinkHeader() {
    when(followLists.followers(eq(new UserId(2)), any()))
        .thenReturn(
            new Page<>(
                List.of(new FollowListEntry(31, aliceProfile())),
                Optional.empty(),
                Optional.of(PageRequest.olderThan(31))));
    when(followLists.following(any(), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));

    HttpResponse<String> followers = anonymous().get("/api/v1/accounts/2/followers?limit=1");
    assertThat(array(followers)).extracting(a -> a.get("username")).containsExactly("alice");
    assertThat(array(followers).get(0)).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(followers.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/accounts/2/followers?max_id=31>; rel=\"next\"")
        .contains("/api/v1/accounts/2/followers?min_id=31>; rel=\"prev\"");
    verify(followLists)
        .followers(new UserId(2), new PageRequest(PageRequest.Direction.OLDER, Long.MAX_VALUE, 1));
    assertThat(array(anonymous().get("/api/v1/accounts/1/following"))).isEmpty();
    assertThat(anonymous().get("/api/v1/accounts/99/followers").statusCode()).isEqualTo(404);
    assertThat(anonymous().get("/api/v1/accounts/x/following").statusCode()).isEqualTo(404);
  }

  @Test
  void aTagTimelineListsTheTagsPostsAndAnyOtherTagIsEmpty() {
    when(timelines.tagged(eq(new Tag("Café")), any()))
        .thenReturn(new Page<>(List.of(post(7)), Optional.empty(), Optional.empty()));
    when(timelines.tagged(eq(new Tag("none")), any()))
        .thenReturn(new Page<>(List.of(), Optional.empty(), Optional.empty()));

    assertThat(array(anonymous().get("/api/v1/timelines/tag/Caf%C3%A9")))
        .extracting(s -> s.get("id"))
        .containsExactly("7");
    assertThat(array(anonymous().get("/api/v1/timelines/tag/none"))).isEmpty();
    assertThat(array(anonymous().get("/api/v1/timelines/tag/no%20such%20tag"))).isEmpty();
  }

  @Test
  void searchV2AnswersAccountsStatusesAndTheHashtagAndNarrowsByType() {
    when(search.search(eq(new SearchQuery("Java")), eq(Optional.empty()), any(), eq(0)))
        .thenReturn(
            new SearchResults(
                List.of(new PersonMatch(new Username("bob"), new AboutMe("java fan"))),
                new Page<>(List.of(post(7)), Optional.empty(), Optional.empty()),
                new MatchCount(1, false)));

    Map<String, Object> all = object(anonymous().get("/api/v2/search?q=Java"));
    assertThat(list(all.get("accounts"))).extracting(a -> a.get("username")).containsExactly("bob");
    assertThat(list(all.get("statuses"))).extracting(s -> s.get("id")).containsExactly("7");
    assertThat(list(all.get("hashtags"))).extracting(t -> t.get("name")).containsExactly("Java");
    assertThat(list(all.get("hashtags")).get(0)).containsKeys("url", "history");

    Map<String, Object> statusesOnly =
        object(anonymous().get("/api/v2/search?q=Java&type=statuses"));
    assertThat(list(statusesOnly.get("accounts"))).isEmpty();
    assertThat(list(statusesOnly.get("hashtags"))).isEmpty();
    assertThat(list(statusesOnly.get("statuses"))).hasSize(1);
  }

  @Test
  void searchV2SkipsByOffsetAndAcceptsResolve() {
    when(search.search(eq(new SearchQuery("Java")), eq(Optional.empty()), any(), eq(20)))
        .thenReturn(
            new SearchResults(
                List.of(),
                new Page<>(List.of(post(3)), Optional.empty(), Optional.empty()),
                new MatchCount(21, false)));

    Map<String, Object> second =
        object(anonymous().get("/api/v2/search?q=Java&offset=20&limit=20&resolve=true"));

    assertThat(list(second.get("statuses"))).extracting(s -> s.get("id")).containsExactly("3");
    assertThat(list(second.get("accounts"))).isEmpty();
    assertThat(list(second.get("hashtags"))).as("the one hashtag is on the first page").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v2/search",
        "/api/v2/search?q=",
        "/api/v2/search?q=java&type=people",
        "/api/v2/search?q=!!!",
        "/api/v2/search?q=java&limit=-1",
        "/api/v2/search?q=java&offset=-1",
        "/api/v2/search?q=java&offset=x",
        "/api/v2/search?q=java&offset=1001",
        "/api/v2/search?q=java&offset=99999999999999999999",
        "/api/v2/search?q=java&account_id=1"
      })
  void searchV2RefusesWhatItCannotSearchAsJson(String path) {
    HttpResponse<String> response = anonymous().get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(object(response).get("error").toString()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/instance/rules",
        "/api/v1/instance/peers",
        "/api/v1/instance/activity",
        "/api/v1/trends",
        "/api/v1/trends/tags",
        "/api/v1/trends/statuses",
        "/api/v1/trends/links"
      })
  void listsWithNothingInThemYetAreEmptyNotMissing(String path) {
    assertThat(array(anonymous().get(path))).as(path).isEmpty();
  }

  private static ProfileView aliceProfile() {
    return new ProfileView(
        ALICE,
        new Username("alice"),
        new AboutMe("I <3 tea & cake"),
        Instant.parse("2026-01-02T03:04:05.678Z"),
        Instant.parse("2026-11-28T00:00:00Z"),
        3,
        4,
        false);
  }

  private static ProfileView bobProfile() {
    return new ProfileView(
        BOB, new Username("bob"), AboutMe.empty(), Instant.EPOCH, Instant.EPOCH, 0, 0, false);
  }

  private static PostView post(long id) {
    return post(id, ALICE, "alice", "post " + id);
  }

  private static PostView warned(long id, String text) {
    return new PostView(
        new PostId(id),
        ALICE,
        new Username("alice"),
        new PostText(text),
        Instant.parse("2026-11-28T12:00:00Z"),
        new ContentWarning("spoilers"),
        0,
        Optional.empty());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static Map<String, Object> path(Map<String, Object> root, String... keys) {
    Map<String, Object> at = root;
    for (String key : keys) {
      at = map(at.get(key));
    }
    return at;
  }
}
