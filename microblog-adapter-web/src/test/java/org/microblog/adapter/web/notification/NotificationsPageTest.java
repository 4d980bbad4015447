package org.microblog.adapter.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** The notifications page, and the unread count beside its link on every page. */
@MicronautTest
class NotificationsPageTest extends WebTestSupport {
  private static final Instant AT = Instant.parse("2026-11-28T09:05:00Z");

  @Inject ReadNotificationsUseCase notifications;

  @BeforeEach
  void resetNotifications() {
    reset(notifications);
    when(notifications.read(any(), any()))
        .thenReturn(new NotificationPage(List.of(), OptionalLong.empty()));
  }

  @Test
  void eachLineSaysWhoDidWhatWithALinkToThePostOrProfile() {
    List<NotificationView> items = new ArrayList<>();
    long id = 10;
    for (NotificationKind kind : NotificationKind.values()) {
      Optional<PostId> post = kind.aboutPost() ? Optional.of(new PostId(id)) : Optional.empty();
      items.add(
          new NotificationView(id--, kind, BOB, new Username("bob"), post, AT, kind.ordinal() < 2));
    }
    when(notifications.read(ALICE, OptionalLong.empty()))
        .thenReturn(new NotificationPage(items, OptionalLong.empty()));

    HttpResponse<String> response = alice().get("/notifications");

    assertThat(response.statusCode()).isEqualTo(200);
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Notifications");
    assertThat(html.select(".notification time").eachAttr("title"))
        .containsOnly("28 Nov 2026, 09:05 UTC");
    Document withoutTimes = html.clone();
    withoutTimes.select(".notification time").remove();
    assertThat(withoutTimes.select(".notification p").eachText())
        .containsExactly(
            "New: bob followed you.",
            "New: bob mentioned you in a post.",
            "bob replied to your post.",
            "bob liked your post.",
            "bob boosted your post.");
    assertThat(html.select(".notification p a.author").eachAttr("href")).containsOnly("/users/bob");
    assertThat(html.select(".notification p a:not(.author)").eachAttr("href"))
        .containsExactly("/posts/9", "/posts/8", "/posts/7", "/posts/6");
    assertThat(html.select(".notification time").first().attr("datetime"))
        .isEqualTo("2026-11-28T09:05:00Z");
    assertThat(html.select(".notification.unread")).hasSize(2);
    assertThat(html.select("a[rel=next]")).isEmpty();
  }

  @Test
  void theFirstPageHasMarkedEverythingReadSoItsBadgeIsGone() {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(4)));
    Browser alice = alice();

    Document home = Browser.html(alice.get("/"));
    assertThat(home.select("#notifications-link").attr("href")).isEqualTo("/notifications");
    assertThat(home.select("#unread-notifications .visually-hidden").text())
        .isEqualTo("4 unread notifications");
    assertThat(home.select("#unread-notifications [aria-hidden]").text()).isEqualTo("4");

    Document page = Browser.html(alice.get("/notifications"));

    verify(notifications).read(ALICE, OptionalLong.empty());
    assertThat(page.select("#unread-notifications")).isEmpty();
    assertThat(page.select("#notifications-link").attr("aria-current")).isEqualTo("page");
    assertThat(page.select(".empty").text()).startsWith("No notifications yet.");
  }

  @Test
  void olderPagesGoByKeysetAndLeaveTheBadgeAsItIs() {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(1)));
    NotificationView one =
        new NotificationView(
            7,
            NotificationKind.FOLLOWED,
            new UserId(5),
            new Username("carol"),
            Optional.empty(),
            AT,
            false);
    when(notifications.read(ALICE, OptionalLong.of(40)))
        .thenReturn(new NotificationPage(List.of(one), OptionalLong.of(7)));

    Document page = Browser.html(alice().get("/notifications?before=40"));

    assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/notifications?before=7");
    assertThat(page.select(".pager a[href=/notifications]").text())
        .isEqualTo("← Newest notifications");
    assertThat(page.select("#unread-notifications .visually-hidden").text())
        .isEqualTo("1 unread notification");
  }

  @Test
  void malformedCursorsAreBadRequestsAndNothingIsRead() {
    for (String cursor : List.of("abc", "0", "-5", "99999999999999999999")) {
      assertThat(alice().get("/notifications?before=" + cursor).statusCode())
          .as(cursor)
          .isEqualTo(400);
    }
    verify(notifications, never()).read(any(), any());
  }

  @Test
  void onlyLoggedInPeopleHaveNotifications() {
    HttpResponse<String> response = anonymous().get("/notifications");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(Browser.location(response)).startsWith("/login");
    assertThat(Browser.html(anonymous().get("/explore")).select("#notifications-link")).isEmpty();
    verify(notifications, never()).read(any(), any());
  }

  @Test
  void nothingUnreadShowsNoBadge() {
    Document home = Browser.html(alice().get("/"));

    assertThat(home.select("#notifications-link").text()).isEqualTo("Notifications");
    assertThat(home.select("#unread-notifications")).isEmpty();
  }
}
