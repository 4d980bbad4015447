package org.microblog.adapter.web.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.EventStream;
import org.microblog.adapter.web.testing.EventStream.ServerEvent;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveListener;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveWatch;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.in.oauth.BearerTokenQuery;
import org.microblog.application.port.in.post.MentionLinks;
import org.microblog.application.port.in.post.PostCardsQuery;
import org.microblog.application.port.in.post.ReaderInteractions;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.account.TokenHash;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.oauth.AccessToken;
import org.microblog.domain.oauth.ClientId;
import org.microblog.domain.oauth.Scopes;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Mastodon's streaming API as apps use it: who may open a stream, and the {@code update}, {@code
 * notification} and {@code delete} events it carries after the event bus says "look again".
 */
@MicronautTest
class StreamingApiTest extends WebTestSupport {
  private static final Duration WITHIN = Duration.ofSeconds(5);
  private static final String READ = "r".repeat(43);
  private static final String STATUSES_ONLY = "s".repeat(43);
  private static final String WRITE = "w".repeat(43);
  private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

  @Inject LiveUpdatesQuery live;
  @Inject BearerTokenQuery tokens;
  @Inject ProfileQuery profiles;
  @Inject PostCardsQuery postCards;
  @Inject ReadNotificationsUseCase notifications;

  private final AtomicReference<LiveListener> listener = new AtomicReference<>();
  private final LiveWatch watch = mock(LiveWatch.class);
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void aReaderWithTokens() {
    reset(live, tokens, profiles, postCards, notifications);
    when(live.watch(any(), any()))
        .thenAnswer(
            call -> {
              listener.set(call.getArgument(1));
              return watch;
            });
    when(tokens.authenticate(any())).thenReturn(Optional.empty());
    when(tokens.authenticate(READ)).thenReturn(Optional.of(token(READ, "read")));
    when(tokens.authenticate(STATUSES_ONLY))
        .thenReturn(Optional.of(token(STATUSES_ONLY, "read:statuses")));
    when(tokens.authenticate(WRITE)).thenReturn(Optional.of(token(WRITE, "write")));
    when(tokens.isLive(any())).thenReturn(true);
    when(profiles.profiles(anyCollection()))
        .thenAnswer(
            call ->
                Stream.of(profile(ALICE, "alice"), profile(BOB, "bob"))
                    .filter(p -> call.<Collection<UserId>>getArgument(0).contains(p.id()))
                    .toList());
    when(postCards.mentionLinks(anyCollection(), anyCollection()))
        .thenReturn(MentionLinks.unblocked(java.util.Set.of()));
    when(postCards.interactions(any(), anyCollection())).thenReturn(ReaderInteractions.NONE);
    when(timelines.homeTimeline(eq(ALICE), any())).thenReturn(page(entry(10, "older news")));
    when(notifications.read(eq(ALICE), any()))
        .thenReturn(new NotificationPage(List.of(followed(5)), OptionalLong.empty()));
  }

  private static AccessToken token(String value, String scopes) {
    return new AccessToken(
        TokenHash.of(value),
        new ClientId("c".repeat(43)),
        Optional.of(ALICE),
        Scopes.parse(scopes),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static ProfileView profile(UserId id, String name) {
    return new ProfileView(id, new Username(name), AboutMe.empty(), AT, AT, 0, 0, false);
  }

  private static TimelineEntry entry(long position, String text) {
    return new TimelineEntry(position, post(position, BOB, "bob", text), Optional.empty());
  }

  private static Page<TimelineEntry> page(TimelineEntry... entries) {
    return new Page<>(List.of(entries), Optional.empty(), Optional.empty());
  }

  private static NotificationView followed(long id) {
    return new NotificationView(
        id, NotificationKind.FOLLOWED, BOB, new Username("bob"), Optional.empty(), AT, true);
  }

  private EventStream stream(String pathAndQuery, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + pathAndQuery)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return EventStream.open(http, request.build());
  }

  private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURI() + pathAndQuery)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAnswersOkToAnyone() throws Exception {
    HttpResponse<String> health = get("/api/v1/streaming/health", null);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("OK");
  }

  @Test
  void noTokenIs401AndATokenThatCannotReadIs403InJson() throws Exception {
    for (String path :
        List.of(
            "/api/v1/streaming/user",
            "/api/v1/streaming/user/notification",
            "/api/v1/streaming?stream=user")) {
      HttpResponse<String> anonymous = get(path, null);
      HttpResponse<String> withCookie = alice().get(path);
      HttpResponse<String> writeOnly = get(path, WRITE);

      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.body()).startsWith("{\"error\":");
      assertThat(withCookie.statusCode()).as("the login cookie opens no app stream").isEqualTo(401);
      assertThat(writeOnly.statusCode()).as(path).isEqualTo(403);
      assertThat(writeOnly.body()).startsWith("{\"error\":");
    }
    assertThat(get("/api/v1/streaming?stream=public&access_token=" + READ, null).statusCode())
        .isEqualTo(400);
    assertThat(
            get("/api/v1/streaming?stream=user&access_token=" + "x".repeat(43), null).statusCode())
        .isEqualTo(401);
    verify(live, never()).watch(any(), any());
  }

  @Test
  void newHomeStatusesNotificationsAndDeletionsArriveAsMastodonEvents() throws Exception {
    try (EventStream events = stream("/api/v1/streaming/user", READ)) {
      assertThat(events.statusCode()).isEqualTo(200);
      assertThat(events.header("Content-Type").orElseThrow()).startsWith("text/event-stream");
      verify(live, timeout(5_000)).watch(eq(ALICE), any());

      when(timelines.homeTimeline(
              eq(ALICE),
              argThat(
                  (PageRequest p) ->
                      p != null
                          && p.direction() == PageRequest.Direction.NEWER
                          && p.cursor() == 10)))
          .thenReturn(page(entry(12, "newest"), entry(11, "news")));
      listener.get().postWaiting();

      ServerEvent first = events.next(WITHIN).orElseThrow();
      ServerEvent second = events.next(WITHIN).orElseThrow();
      assertThat(first.name()).isEqualTo("update");
      assertThat(first.data())
          .startsWith("{\"id\":\"11\"")
          .contains("\"content\":\"<p>news</p>\"")
          .contains("\"username\":\"bob\"");
      assertThat(second.data()).startsWith("{\"id\":\"12\"").as("oldest first");

      when(notifications.read(eq(ALICE), any()))
          .thenReturn(
              new NotificationPage(List.of(followed(6), followed(5)), OptionalLong.empty()));
      listener.get().viewerChanged();
      ServerEvent notification = events.next(WITHIN).orElseThrow();
      assertThat(notification.name()).isEqualTo("notification");
      assertThat(notification.data())
          .contains("\"id\":\"6\"")
          .contains("\"type\":\"follow\"")
          .contains("\"username\":\"bob\"");

      listener.get().postDeleted(new PostId(11));
      ServerEvent deleted = events.next(WITHIN).orElseThrow();
      assertThat(deleted).isEqualTo(new ServerEvent("delete", "11"));
    }
    verify(watch, timeout(5_000)).close();
    verify(notifications, never()).read(any(), eq(OptionalLong.empty()));
  }

  @Test
  void theAccessTokenParameterOpensAStreamAndWithoutReadNotificationsNoneAreSent()
      throws Exception {
    try (EventStream events =
        stream("/api/v1/streaming?stream=user&access_token=" + STATUSES_ONLY, null)) {
      assertThat(events.statusCode()).isEqualTo(200);
      verify(live, timeout(5_000)).watch(eq(ALICE), any());

      listener.get().viewerChanged();
      listener.get().postDeleted(new PostId(3));

      assertThat(events.next(WITHIN)).contains(new ServerEvent("delete", "3"));
      verify(notifications, after(200).never()).read(any(), any());
    }
  }

  @Test
  void theNotificationStreamSendsNoStatuses() throws Exception {
    try (EventStream events = stream("/api/v1/streaming/user/notification", READ)) {
      assertThat(events.statusCode()).isEqualTo(200);
      verify(live, timeout(5_000)).watch(eq(ALICE), any());

      listener.get().postWaiting();
      listener.get().postDeleted(new PostId(3));
      when(notifications.read(eq(ALICE), any()))
          .thenReturn(
              new NotificationPage(List.of(followed(7), followed(5)), OptionalLong.empty()));
      listener.get().viewerChanged();

      ServerEvent only = events.next(WITHIN).orElseThrow();
      assertThat(only.name()).isEqualTo("notification");
      assertThat(only.data()).contains("\"id\":\"7\"");
      verify(timelines, never()).homeTimeline(any(), any());
    }
  }

  @Test
  void aStreamEndsWhenItsTokenIsRevoked() throws Exception {
    try (EventStream events = stream("/api/v1/streaming/user", READ)) {
      verify(live, timeout(5_000)).watch(eq(ALICE), any());
      listener.get().viewerChanged();
      assertThat(events.ended(Duration.ofMillis(300))).as("still live").isFalse();

      when(tokens.isLive(TokenHash.of(READ))).thenReturn(false);
      listener.get().viewerChanged();

      assertThat(events.ended(WITHIN)).isTrue();
      verify(watch, timeout(5_000)).close();
    }
  }
}
