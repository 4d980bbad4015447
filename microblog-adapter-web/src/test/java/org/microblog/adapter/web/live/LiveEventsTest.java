package org.microblog.adapter.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EventStream;
import org.microblog.adapter.web.testing.EventStream.ServerEvent;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.live.LiveUpdatesQuery;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveListener;
import org.microblog.application.port.in.live.LiveUpdatesQuery.LiveWatch;
import org.microblog.application.port.in.login.LoginStatus;

/** {@code GET /events}: the live stream behind the navigation bar's counts, and its script. */
@MicronautTest
class LiveEventsTest extends WebTestSupport {
  private static final Duration WITHIN = Duration.ofSeconds(5);

  @Inject LiveUpdatesQuery live;
  @Inject OpenStreams openStreams;
  private final AtomicReference<LiveListener> listener = new AtomicReference<>();
  private final LiveWatch watch = mock(LiveWatch.class);

  @BeforeEach
  void captureTheListener() {
    reset(live);
    when(live.watch(any(), any()))
        .thenAnswer(
            call -> {
              listener.set(call.getArgument(1));
              return watch;
            });
  }

  @Test
  void anonymousVisitorsGet401NotALoginPage() throws Exception {
    try (EventStream stream = anonymous().events("/events")) {
      assertThat(stream.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theStreamStartsWithTheCountsTheLoginCheckRead() throws Exception {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(3, 1)));

    try (EventStream stream = alice().events("/events")) {
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.header("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      ServerEvent first = stream.next(WITHIN).orElseThrow();
      assertThat(first.name()).isEqualTo("counts");
      assertThat(first.data())
          .contains("\"notifications\":\"3\"")
          .contains("\"notificationsLabel\":\"3 unread notifications\"")
          .contains("\"messages\":\"1\"")
          .contains("\"messagesLabel\":\"1 unread message\"");
      verify(live).watch(eq(ALICE), any());
    }
  }

  @Test
  void theCountsLabelsAreInTheLanguageOfThePageThatOpenedTheStream() throws Exception {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(3, 1)));

    try (EventStream stream = alice().speaking("es-ES,es;q=0.9").events("/events")) {
      assertThat(stream.next(WITHIN).orElseThrow().data())
          .contains("\"notificationsLabel\":\"3 notificaciones sin leer\"")
          .contains("\"messagesLabel\":\"1 mensaje sin leer\"");

      when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(1, 2)));
      listener.get().viewerChanged();
      assertThat(stream.next(WITHIN).orElseThrow().data())
          .contains("\"notificationsLabel\":\"1 notificación sin leer\"")
          .contains("\"messagesLabel\":\"2 mensajes sin leer\"");
    }
    try (EventStream stream = alice().withCookie("lang", "de").events("/events")) {
      assertThat(stream.next(WITHIN).orElseThrow().data())
          .contains("\"notificationsLabel\":\"1 ungelesene Benachrichtigung\"")
          .contains("\"messagesLabel\":\"2 ungelesene Nachrichten\"");
    }
  }

  @Test
  void newCountsAndWaitingPostsFollowAndAnEndedLoginEndsTheStream() throws Exception {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(0)));
    try (EventStream stream = alice().events("/events")) {
      assertThat(stream.next(WITHIN).orElseThrow().data()).contains("\"notifications\":\"\"");

      when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(2)));
      listener.get().viewerChanged();
      assertThat(stream.next(WITHIN).orElseThrow().data()).contains("\"notifications\":\"2\"");

      listener.get().viewerChanged();
      listener.get().postWaiting();
      ServerEvent post = stream.next(WITHIN).orElseThrow();
      assertThat(post.name()).as("unchanged counts are not sent again").isEqualTo("post");

      when(loginValidity.status(any(), any())).thenReturn(Optional.empty());
      listener.get().viewerChanged();
      assertThat(stream.ended(WITHIN)).isTrue();
      verify(watch, timeout(5_000)).close();
    }
  }

  @Test
  void aGracefulShutdownEndsOpenStreamsAtOnce() throws Exception {
    try (EventStream stream = alice().events("/events")) {
      assertThat(stream.next(WITHIN)).isPresent();
      assertThat(openStreams.reportActiveTasks().orElseThrow()).isPositive();

      openStreams.shutdownGracefully();

      assertThat(stream.ended(WITHIN)).isTrue();
      verify(watch, timeout(5_000)).close();
    }
  }

  @Test
  void pagesLoadTheScriptForLoggedInPeopleOnlyAndThePolicyAllowsIt() {
    var page = alice().get("/");
    Document loggedIn = Browser.html(page);
    assertThat(loggedIn.select("script[src=/static/live.js][defer]")).hasSize(1);
    assertThat(loggedIn.select("script:not([src])")).as("nothing inline").isEmpty();
    assertThat(loggedIn.select("#live-announcer[aria-live=polite]")).hasSize(1);
    assertThat(loggedIn.select("#new-posts[hidden] a[href=/]")).hasSize(1);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .contains("connect-src 'self'");

    Document anonymousPage = Browser.html(anonymous().get("/explore"));
    assertThat(anonymousPage.select("script[src=/static/live.js]")).isEmpty();
    assertThat(anonymous().get("/static/live.js").statusCode()).isEqualTo(200);
  }

  @Test
  void theScriptHasNoWordsOfItsOwnItReadsThemFromThePage() {
    String script = anonymous().get("/static/live.js").body();

    assertThat(script).doesNotContain("' new post").doesNotContain("': show'");
    assertThat(script).contains("data-").contains("'link'").contains("'spoken'");
  }
}
