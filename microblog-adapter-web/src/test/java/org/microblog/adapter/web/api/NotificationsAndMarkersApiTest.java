package org.microblog.adapter.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.application.port.in.marker.MarkersQuery;
import org.microblog.application.port.in.marker.SaveMarkersCommand;
import org.microblog.application.port.in.marker.SaveMarkersUseCase;
import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.domain.marker.Marker;
import org.microblog.domain.marker.MarkerTimeline;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.shared.DomainException;

/**
 * The client API's notifications and markers with bearer tokens, on mocked use cases: Mastodon's
 * shapes, filters done in the query, the use cases asked for the token's own person only, scopes,
 * and hostile parameters refused as JSON.
 */
@MicronautTest
class NotificationsAndMarkersApiTest extends BearerApiTestSupport {
  private static final Set<NotificationKind> EVERY_KIND = EnumSet.allOf(NotificationKind.class);

  @Inject NotificationsQuery notifications;
  @Inject DismissNotificationUseCase dismiss;
  @Inject ClearNotificationsUseCase clear;
  @Inject MarkersQuery markers;
  @Inject SaveMarkersUseCase saveMarkers;

  @BeforeEach
  void freshMocks() {
    reset(notifications, dismiss, clear, markers, saveMarkers);
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
        .contains(
            "max_id=7&limit=2&types%5B%5D=follow&types%5B%5D=mention&exclude_types%5B%5D=mention>; rel=\"next\"")
        .contains("?min_id=9&limit=2&types%5B%5D=follow")
        .endsWith("rel=\"prev\"");
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
  void sinceIdShowsOnlyNewerOnesWithAPrevLinkButNoNextLink() {
    when(notifications.page(eq(ALICE), any(), anyLong(), anyInt()))
        .thenReturn(
            new NotificationPage(
                List.of(followed(9, BOB), followed(7, BOB), followed(5, BOB)), OptionalLong.of(5)));

    HttpResponse<String> newer = send("GET", "/api/v1/notifications?since_id=7", ALICE_ALL);

    assertThat(array(newer)).extracting(n -> n.get("id")).containsExactly("9");
    assertThat(newer.headers().firstValue("Link").orElseThrow())
        .endsWith("/api/v1/notifications?min_id=9>; rel=\"prev\"")
        .doesNotContain("next");
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
}
