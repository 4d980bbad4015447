package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.account.AccountQuery;
import org.microblog.application.port.in.account.AccountView;
import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.in.block.BlockedAccountsQuery;
import org.microblog.application.port.in.block.BlockedPage;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersCommand;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.in.user.UpdateProfileCommand;
import org.microblog.application.port.in.user.UpdateProfileUseCase;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * The client API's personal endpoints (notifications, markers, update_credentials, blocks and
 * mutes) with bearer tokens, on mocked use cases: Mastodon's shapes, the use case asked for the
 * token's own person only, scopes, and hostile parameters refused as JSON.
 */
@MicronautTest
class PeopleApiTest extends WebTestSupport {
  private static final String ALICE_ALL = "a".repeat(43);
  private static final String BOB_ALL = "b".repeat(43);
  private static final String ALICE_READ = "r".repeat(43);
  private static final String ALICE_FOLLOW = "f".repeat(43);
  private static final String ALICE_STATUSES = "s".repeat(43);
  private static final String HUGE_ID = "9".repeat(25);
  private static final Instant AT = Instant.parse("2026-11-30T10:48:33.901Z");
  private static final Set<NotificationKind> EVERY_KIND = EnumSet.allOf(NotificationKind.class);
  private static final List<String> ACCOUNT_FIELDS =
      List.of(
          "id",
          "username",
          "acct",
          "display_name",
          "locked",
          "bot",
          "created_at",
          "note",
          "url",
          "avatar",
          "avatar_static",
          "header",
          "header_static",
          "followers_count",
          "following_count",
          "statuses_count",
          "fields",
          "emojis");
  private static final List<String> RELATIONSHIP_FIELDS =
      List.of(
          "id",
          "following",
          "showing_reblogs",
          "notifying",
          "languages",
          "followed_by",
          "blocking",
          "blocked_by",
          "muting",
          "muting_notifications",
          "requested",
          "requested_by",
          "domain_blocking",
          "endorsed",
          "note");

  @Inject JsonMapper json;
  @Inject BearerTokenQuery tokens;
  @Inject ProfileQuery profiles;
  @Inject NotificationsQuery notifications;
  @Inject DismissNotificationUseCase dismiss;
  @Inject ClearNotificationsUseCase clear;
  @Inject MarkersQuery markers;
  @Inject SaveMarkersUseCase saveMarkers;
  @Inject AccountQuery accounts;
  @Inject UpdateProfileUseCase updateProfile;
  @Inject BlockUserUseCase block;
  @Inject UnblockUserUseCase unblock;
  @Inject MuteUserUseCase mute;
  @Inject UnmuteUserUseCase unmute;
  @Inject BlockedAccountsQuery blocked;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void tokensAndPeople() {
    reset(
        tokens,
        profiles,
        notifications,
        dismiss,
        clear,
        markers,
        saveMarkers,
        accounts,
        updateProfile,
        block,
        unblock,
        mute,
        unmute,
        blocked);
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    token(ALICE_ALL, ALICE, "read write follow");
    token(BOB_ALL, BOB, "read write follow");
    token(ALICE_READ, ALICE, "read");
    token(ALICE_FOLLOW, ALICE, "follow");
    token(ALICE_STATUSES, ALICE, "read:statuses write:statuses");
    when(profiles.profiles(anyCollection()))
        .thenAnswer(
            call ->
                Stream.of(
                        profile(ALICE, "alice", Relation.NONE), profile(BOB, "bob", Relation.NONE))
                    .filter(p -> call.<Collection<UserId>>getArgument(0).contains(p.id()))
                    .toList());
    when(profiles.profile(any(), any())).thenReturn(Optional.empty());
    when(notifications.page(any(), any(), anyLong(), anyInt()))
        .thenReturn(new NotificationPage(List.of(), OptionalLong.empty()));
  }

  // Notifications

  @Test
  void notificationsAreFilteredByMastodonTypesInTheQueryAndTheLinkCarriesTheFilterOn() {
    when(notifications.page(eq(ALICE), eq(Set.of(NotificationKind.FOLLOWED)), anyLong(), anyInt()))
        .thenReturn(
            new NotificationPage(List.of(followed(9, BOB), followed(7, BOB)), OptionalLong.of(7)));

    HttpResponse<String> page =
        send(
            "GET",
            "/api/v1/notifications?types[]=follow&types[]=mention&exclude_types[]=mention&limit=2",
            ALICE_ALL);

    assertThat(page.statusCode()).isEqualTo(200);
    List<Map<String, Object>> items = array(page);
    assertThat(items).extracting(n -> n.get("id")).containsExactly("9", "7");
    assertThat(items.get(0)).containsKeys("id", "type", "created_at", "account", "status");
    assertThat(items.get(0).get("type")).isEqualTo("follow");
    assertThat(items.get(0).get("created_at")).isEqualTo("2026-11-30T10:48:33.901Z");
    assertThat(items.get(0).get("status")).isNull();
    assertThat(map(items.get(0).get("account")))
        .containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(page.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/notifications?max_id=7&limit=2")
        .contains("types%5B%5D=follow&types%5B%5D=mention")
        .contains("exclude_types%5B%5D=mention")
        .endsWith("rel=\"next\"");
    verify(notifications).page(ALICE, Set.of(NotificationKind.FOLLOWED), Long.MAX_VALUE, 2);
  }

  @Test
  void mentionMeansMentionsAndRepliesAndDefaultsAreFortyAtMostEighty() {
    send("GET", "/api/v1/notifications?types=mention&types[]=favourite", ALICE_ALL);
    send("GET", "/api/v1/notifications?exclude_types[]=follow&exclude_types[]=reblog", ALICE_ALL);
    send("GET", "/api/v1/notifications?max_id=30&limit=500", ALICE_ALL);

    Set<NotificationKind> talk =
        EnumSet.of(NotificationKind.MENTIONED, NotificationKind.REPLIED, NotificationKind.LIKED);
    verify(notifications, times(2)).page(ALICE, talk, Long.MAX_VALUE, 40);
    verify(notifications).page(ALICE, EVERY_KIND, 30, 80);
  }

  @Test
  void unknownTypesSelectNothingAndHostilePagingIsRefusedAsJson() {
    assertThat(send("GET", "/api/v1/notifications?types[]=poll&types[]=%3Cx%3E", ALICE_ALL).body())
        .isEqualTo("[]");
    verify(notifications).page(ALICE, Set.of(), Long.MAX_VALUE, 40);
    assertThat(
            send("GET", "/api/v1/notifications?exclude_types[]=nonsense", ALICE_ALL).statusCode())
        .isEqualTo(200);
    verify(notifications).page(ALICE, EVERY_KIND, Long.MAX_VALUE, 40);

    String many = "types[]=follow&".repeat(31);
    for (String query :
        List.of(many, "max_id=" + HUGE_ID, "limit=0", "limit=abc", "since_id=-1", "min_id=x")) {
      HttpResponse<String> refused = send("GET", "/api/v1/notifications?" + query, ALICE_ALL);
      assertThat(refused.statusCode()).as(query).isEqualTo(400);
      assertThat(object(refused).get("error").toString()).isNotBlank();
    }
  }

  @Test
  void sinceIdShowsOnlyNewerOnesWithoutANextLink() {
    when(notifications.page(eq(ALICE), any(), anyLong(), anyInt()))
        .thenReturn(
            new NotificationPage(
                List.of(followed(9, BOB), followed(7, BOB), followed(5, BOB)), OptionalLong.of(5)));

    HttpResponse<String> newer = send("GET", "/api/v1/notifications?since_id=7", ALICE_ALL);

    assertThat(array(newer)).extracting(n -> n.get("id")).containsExactly("9");
    assertThat(newer.headers().firstValue("Link")).isEmpty();
  }

  @Test
  void oneNotificationIsAskedForTheTokensOwnPersonOnly() {
    when(notifications.notification(ALICE, 9)).thenReturn(Optional.of(followed(9, BOB)));

    Map<String, Object> found = object(send("GET", "/api/v1/notifications/9", ALICE_ALL));
    assertThat(found).containsKeys("id", "type", "created_at", "account", "status");
    assertThat(found.get("id")).isEqualTo("9");

    HttpResponse<String> others = send("GET", "/api/v1/notifications/9", BOB_ALL);
    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(object(others)).isEqualTo(Map.of("error", "Record not found"));
    verify(notifications).notification(BOB, 9);
    for (String id : List.of(HUGE_ID, "abc", "-1", "0")) {
      assertThat(send("GET", "/api/v1/notifications/" + id, ALICE_ALL).statusCode())
          .as(id)
          .isEqualTo(404);
    }
    verify(notifications, never()).notification(eq(ALICE), eq(0L));
  }

  @Test
  void dismissingAndClearingActForTheTokensPersonAndAnswerAnEmptyObject() {
    doThrow(DomainException.notFound("notification.unknown", "No such notification."))
        .when(dismiss)
        .dismiss(BOB, 9);

    HttpResponse<String> dismissed = send("POST", "/api/v1/notifications/9/dismiss", ALICE_ALL);
    assertThat(dismissed.statusCode()).isEqualTo(200);
    assertThat(dismissed.body()).isEqualTo("{}");
    verify(dismiss).dismiss(ALICE, 9);
    HttpResponse<String> others = send("POST", "/api/v1/notifications/9/dismiss", BOB_ALL);
    assertThat(others.statusCode()).isEqualTo(404);
    assertThat(object(others)).isEqualTo(Map.of("error", "Record not found"));
    assertThat(
            send("POST", "/api/v1/notifications/" + HUGE_ID + "/dismiss", ALICE_ALL).statusCode())
        .isEqualTo(404);

    HttpResponse<String> cleared = send("POST", "/api/v1/notifications/clear", BOB_ALL);
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.body()).isEqualTo("{}");
    verify(clear).clear(BOB);
    verify(clear, never()).clear(ALICE);
  }

  @Test
  void notificationsNeedTheirScopesAndAToken() {
    assertThat(send("GET", "/api/v1/notifications", ALICE_STATUSES).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/notifications/9", ALICE_STATUSES).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/notifications/clear", ALICE_READ).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/notifications/9/dismiss", ALICE_READ).statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/notifications", null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/v1/notifications/clear", null).statusCode()).isEqualTo(401);
    verifyNoInteractions(notifications, dismiss, clear);
  }

  // Markers

  @Test
  void markersAreReadForTheAskedTimelinesOfTheTokensPerson() {
    when(markers.markers(ALICE, EnumSet.allOf(MarkerTimeline.class)))
        .thenReturn(List.of(new Marker(MarkerTimeline.HOME, 12, 3, AT)));

    Map<String, Object> body =
        object(
            send(
                "GET",
                "/api/v1/markers?timeline[]=home&timeline[]=notifications&timeline[]=bogus",
                ALICE_ALL));

    assertThat(body).containsOnlyKeys("home");
    assertThat(map(body.get("home")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("last_read_id", "12", "version", 3, "updated_at", "2026-11-30T10:48:33.901Z"));
    assertThat(send("GET", "/api/v1/markers?timeline[]=home", BOB_ALL).body()).isEqualTo("{}");
    verify(markers).markers(BOB, Set.of(MarkerTimeline.HOME));
    assertThat(
            send("GET", "/api/v1/markers?" + "timeline[]=home&".repeat(31), ALICE_ALL).statusCode())
        .isEqualTo(400);
  }

  @Test
  void markersAreSavedFromFormsAndJsonAndAnswered() {
    when(saveMarkers.save(any()))
        .thenReturn(
            List.of(
                new Marker(MarkerTimeline.HOME, 12, 1, AT),
                new Marker(MarkerTimeline.NOTIFICATIONS, 40, 2, AT)));

    Map<String, Object> saved =
        object(
            send(
                "POST",
                "/api/v1/markers",
                ALICE_ALL,
                "application/x-www-form-urlencoded",
                "home%5Blast_read_id%5D=12&notifications[last_read_id]=40"));
    send(
        "POST",
        "/api/v1/markers",
        BOB_ALL,
        "application/json",
        "{\"notifications\": {\"last_read_id\": \"77\"}}");

    assertThat(saved).containsOnlyKeys("home", "notifications");
    assertThat(map(saved.get("notifications"))).containsEntry("version", 2);
    verify(saveMarkers)
        .save(
            new SaveMarkersCommand(
                ALICE, Map.of(MarkerTimeline.HOME, 12L, MarkerTimeline.NOTIFICATIONS, 40L)));
    verify(saveMarkers)
        .save(new SaveMarkersCommand(BOB, Map.of(MarkerTimeline.NOTIFICATIONS, 77L)));
  }

  @Test
  void aMarkerThatIsNoIdIsRefusedWith422AndWritingNeedsTheScope() {
    for (String id : List.of("abc", HUGE_ID, "-5", "0")) {
      HttpResponse<String> refused =
          send(
              "POST",
              "/api/v1/markers",
              ALICE_ALL,
              "application/x-www-form-urlencoded",
              "home[last_read_id]=" + id);
      assertThat(refused.statusCode()).as(id).isEqualTo(422);
      assertThat(object(refused).get("error")).isEqualTo("last_read_id must be an id.");
    }
    assertThat(
            send(
                    "POST",
                    "/api/v1/markers",
                    ALICE_READ,
                    "application/x-www-form-urlencoded",
                    "home[last_read_id]=5")
                .statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/markers?timeline[]=home", null).statusCode()).isEqualTo(401);
    verifyNoInteractions(saveMarkers);
  }

  // update_credentials

  @Test
  void updateCredentialsChangesTheAboutMeFromFormMultipartOrJsonAndAnswersTheCredentialAccount() {
    when(accounts.account(ALICE))
        .thenReturn(
            Optional.of(
                new AccountView(
                    ALICE,
                    new Username("alice"),
                    new EmailAddress("alice@example.org"),
                    new AboutMe("old"),
                    true,
                    false)));
    String boundary = "----b0undary";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nFrom multipart\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> form =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/x-www-form-urlencoded",
            "note=Tea+%26+cake&display_name=Queen+Alice&locked=true");
    send(
        "PATCH",
        "/api/v1/accounts/update_credentials",
        ALICE_ALL,
        "multipart/form-data; boundary=" + boundary,
        multipart);
    send(
        "PATCH",
        "/api/v1/accounts/update_credentials",
        ALICE_ALL,
        "application/json",
        "{\"note\": \"\"}");

    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, Object> account = object(form);
    assertThat(account).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new)).containsKey("source");
    assertThat(account.get("display_name")).as("we have none").isEqualTo("alice");
    assertThat(map(account.get("source")))
        .containsKeys("privacy", "sensitive", "language", "note", "fields", "follow_requests_count")
        .containsEntry("note", "about alice");
    for (String about : List.of("Tea & cake", "From multipart", "")) {
      verify(updateProfile)
          .update(
              new UpdateProfileCommand(ALICE, new Username("alice"), new AboutMe(about), false));
    }
  }

  @Test
  void updateCredentialsRefusesAnOverlongNoteWithTheDomainsMessageAndIgnoresOtherFields() {
    HttpResponse<String> refused =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/x-www-form-urlencoded",
            "note=" + "x".repeat(281));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(object(refused).get("error")).isEqualTo("About me must be at most 280 characters.");

    HttpResponse<String> nameOnly =
        send(
            "PATCH",
            "/api/v1/accounts/update_credentials",
            ALICE_ALL,
            "application/json",
            "{\"display_name\": \"Alice\", \"fields_attributes\": {\"0\": {\"name\": \"x\"}}}");
    assertThat(nameOnly.statusCode()).isEqualTo(200);
    assertThat(
            send(
                    "PATCH",
                    "/api/v1/accounts/update_credentials",
                    ALICE_ALL,
                    "application/json",
                    "{not json")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "PATCH",
                    "/api/v1/accounts/update_credentials",
                    ALICE_READ,
                    "application/x-www-form-urlencoded",
                    "note=hi")
                .statusCode())
        .isEqualTo(403);
    verifyNoInteractions(updateProfile);
  }

  // Blocks and mutes

  @Test
  void blockingAndMutingActForTheTokensPersonAndAnswerATruthfulRelationship() {
    when(profiles.profile(new Username("bob"), Optional.of(ALICE)))
        .thenReturn(Optional.of(profile(BOB, "bob", new Relation(true, true, false))));

    for (String action : List.of("block", "unblock", "mute", "unmute")) {
      HttpResponse<String> answer =
          send("POST", "/api/v1/accounts/2/" + action, ALICE_FOLLOW, null, null);
      assertThat(answer.statusCode()).as(action).isEqualTo(200);
      Map<String, Object> relationship = object(answer);
      assertThat(relationship).containsKeys(RELATIONSHIP_FIELDS.toArray(String[]::new));
      assertThat(relationship)
          .containsEntry("id", "2")
          .containsEntry("blocking", true)
          .containsEntry("blocked_by", true)
          .containsEntry("muting", false)
          .containsEntry("following", false);
    }
    BlockCommand aliceBob = new BlockCommand(ALICE, new Username("bob"));
    verify(block).block(aliceBob);
    verify(unblock).unblock(aliceBob);
    verify(mute).mute(aliceBob);
    verify(unmute).unmute(aliceBob);
  }

  @Test
  void blockingOneselfUnknownOrHugeIdsAndMissingScopesAreRefused() {
    doThrow(DomainException.invalid("block.self", "You cannot block yourself."))
        .when(block)
        .block(new BlockCommand(ALICE, new Username("alice")));

    HttpResponse<String> self = send("POST", "/api/v1/accounts/1/block", ALICE_ALL, null, null);
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(object(self).get("error")).isEqualTo("You cannot block yourself.");
    for (String id : List.of("7", HUGE_ID, "x")) {
      assertThat(
              send("POST", "/api/v1/accounts/" + id + "/mute", ALICE_ALL, null, null).statusCode())
          .as(id)
          .isEqualTo(404);
    }
    assertThat(send("POST", "/api/v1/accounts/2/block", ALICE_STATUSES, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/accounts/2/mute", ALICE_READ, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/accounts/2/unmute", null, null, null).statusCode())
        .isEqualTo(401);
    verifyNoInteractions(mute, unmute);
  }

  @Test
  void theBlockedAndTheMutedArePagedAccountsWithTheLinkHeader() {
    when(blocked.blocked(ALICE, Long.MAX_VALUE, 40))
        .thenReturn(new BlockedPage(List.of(BOB), OptionalLong.of(2)));
    when(blocked.muted(any(), anyLong(), anyInt()))
        .thenReturn(new BlockedPage(List.of(), OptionalLong.empty()));

    HttpResponse<String> blocks = send("GET", "/api/v1/blocks", ALICE_READ);
    assertThat(blocks.statusCode()).isEqualTo(200);
    List<Map<String, Object>> accountsShown = array(blocks);
    assertThat(accountsShown).extracting(a -> a.get("id")).containsExactly("2");
    assertThat(accountsShown.get(0)).containsKeys(ACCOUNT_FIELDS.toArray(String[]::new));
    assertThat(blocks.headers().firstValue("Link").orElseThrow())
        .contains("/api/v1/blocks?max_id=2&limit=40")
        .endsWith("rel=\"next\"");

    HttpResponse<String> mutes = send("GET", "/api/v1/mutes?max_id=2&limit=500", BOB_ALL);
    assertThat(mutes.body()).isEqualTo("[]");
    assertThat(mutes.headers().firstValue("Link")).isEmpty();
    verify(blocked).muted(BOB, 2, 80);
    assertThat(send("GET", "/api/v1/mutes?max_id=" + HUGE_ID, ALICE_ALL).statusCode())
        .isEqualTo(400);
    assertThat(send("GET", "/api/v1/blocks", ALICE_STATUSES).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/mutes", ALICE_FOLLOW).statusCode())
        .as("the old follow scope covers them")
        .isEqualTo(200);
  }

  // Empty lists

  @Test
  void followRequestsAndFollowedTagsAreEmptyListsForAToken() {
    for (String path : List.of("/api/v1/follow_requests", "/api/v1/followed_tags")) {
      HttpResponse<String> answer = send("GET", path, ALICE_READ);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("[]");
      assertThat(send("GET", path, null).statusCode()).as(path).isEqualTo(401);
    }
  }

  // Helpers

  private void token(String value, UserId user, String scopes) {
    when(tokens.authenticate(value))
        .thenReturn(
            Optional.of(
                new AccessToken(
                    TokenHash.of(value),
                    new ClientId("c".repeat(43)),
                    Optional.of(user),
                    Scopes.parse(scopes),
                    AT)));
  }

  private static ProfileView profile(UserId id, String name, Relation relation) {
    return new ProfileView(
        id,
        new Username(name),
        new AboutMe("about " + name),
        Instant.parse("2026-01-02T03:04:05.678Z"),
        Instant.parse("2026-11-01T00:00:00Z"),
        3,
        4,
        false,
        relation);
  }

  private static NotificationView followed(long id, UserId actor) {
    return new NotificationView(
        id,
        NotificationKind.FOLLOWED,
        actor,
        new Username(actor.equals(ALICE) ? "alice" : "bob"),
        Optional.empty(),
        AT,
        true);
  }

  private HttpResponse<String> send(String method, String path, String token) {
    return send(method, path, token, null, null);
  }

  private HttpResponse<String> send(
      String method, String path, String token, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + path.replace("[]", "%5B%5D")))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> object(HttpResponse<String> response) {
    try {
      return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(response.statusCode() + " " + response.body(), e);
    }
  }

  private List<Map<String, Object>> array(HttpResponse<String> response) {
    try {
      return json.readValue(
          response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(response.statusCode() + " " + response.body(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
