package org.microblog.adapter.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.reset;
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
import org.microblog.adapter.web.i18n.Translations;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.adapter.web.testing.EnglishOnlyText;
import org.microblog.adapter.web.testing.WebTestSupport;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.Language;
import org.microblog.domain.user.Username;

/** The notifications page and the navigation bar's unread badges, in Spanish and German. */
@MicronautTest
class NotificationsSpanishPageTest extends WebTestSupport {
  private static final Instant AT = Instant.parse("2026-11-28T09:05:00Z");

  @Inject ReadNotificationsUseCase notifications;
  @Inject Translations translations;

  @BeforeEach
  void oneOfEachKind() {
    reset(notifications);
    List<NotificationView> items = new ArrayList<>();
    long id = 10;
    for (NotificationKind kind : NotificationKind.values()) {
      Optional<PostId> post = kind.aboutPost() ? Optional.of(new PostId(id)) : Optional.empty();
      items.add(
          new NotificationView(id--, kind, BOB, new Username("bob"), post, AT, kind.ordinal() < 2));
    }
    when(notifications.read(any(), any()))
        .thenReturn(new NotificationPage(items, OptionalLong.of(6)));
  }

  private static List<String> sentences(Document html) {
    Document withoutTimes = html.clone();
    withoutTimes.select(".notification time").remove();
    return withoutTimes.select(".notification p").eachText();
  }

  @Test
  void eachKindOfNotificationIsASpanishSentence() {
    HttpResponse<String> response = alice().speaking("es").get("/notifications");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    Document html = Browser.html(response);
    assertThat(html.select("h1").text()).isEqualTo("Notificaciones");
    assertThat(sentences(html))
        .containsExactly(
            "Nuevo: bob te siguió.",
            "Nuevo: bob te mencionó en una publicación.",
            "bob respondió a tu publicación.",
            "bob indicó que le gusta tu publicación.",
            "bob impulsó tu publicación.");
    assertThat(html.select("a[rel=next]").text()).isEqualTo("Notificaciones anteriores →");
  }

  @Test
  void eachKindOfNotificationIsAGermanSentence() {
    HttpResponse<String> response = alice().speaking("de").get("/notifications");

    assertThat(new EnglishOnlyText(translations, Language.GERMAN).in(response.body())).isEmpty();
    assertThat(sentences(Browser.html(response)))
        .containsExactly(
            "Neu: bob folgt dir jetzt.",
            "Neu: bob hat dich in einem Beitrag erwähnt.",
            "bob hat auf deinen Beitrag geantwortet.",
            "bob mag deinen Beitrag.",
            "bob hat deinen Beitrag geteilt.");
  }

  @Test
  void theEmptyPagesAreSpanish() {
    when(notifications.read(any(), any()))
        .thenReturn(new NotificationPage(List.of(), OptionalLong.empty()));

    HttpResponse<String> first = alice().speaking("es").get("/notifications");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(first.body())).isEmpty();
    assertThat(Browser.html(first).select(".empty").text())
        .startsWith("Todavía no tienes notificaciones.");
    HttpResponse<String> older = alice().speaking("es").get("/notifications?before=5");
    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(older.body())).isEmpty();
    Document html = Browser.html(older);
    assertThat(html.select(".empty").text()).isEqualTo("No hay notificaciones anteriores.");
    assertThat(html.select("nav.pager a").text()).isEqualTo("← Notificaciones más recientes");
  }

  @Test
  void theNavigationBadgesSaySpanishPlurals() {
    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(1, 2)));

    HttpResponse<String> response = alice().speaking("es").get("/explore");

    assertThat(new EnglishOnlyText(translations, Language.SPANISH).in(response.body())).isEmpty();
    Document html = Browser.html(response);
    assertThat(html.select("#unread-notifications .visually-hidden").text())
        .isEqualTo("1 notificación sin leer");
    assertThat(html.select("#unread-messages .visually-hidden").text())
        .isEqualTo("2 mensajes sin leer");

    when(loginValidity.status(any(), any())).thenReturn(Optional.of(new LoginStatus(4, 1)));
    Document german = Browser.html(alice().speaking("de").get("/explore"));
    assertThat(german.select("#unread-notifications .visually-hidden").text())
        .isEqualTo("4 ungelesene Benachrichtigungen");
    assertThat(german.select("#unread-messages .visually-hidden").text())
        .isEqualTo("1 ungelesene Nachricht");
  }
}
