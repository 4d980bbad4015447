package org.microblog.adapter.web.notification;

import java.util.List;
import org.microblog.adapter.web.i18n.Phrase;
import org.microblog.adapter.web.view.Links;
import org.microblog.adapter.web.view.Timestamp;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.domain.post.PostId;

/** What each kind of notification says; every sentence is written here once. */
final class NotificationLines {
  private NotificationLines() {}

  static List<NotificationLine> of(List<NotificationView> notifications) {
    return notifications.stream().map(NotificationLines::line).toList();
  }

  private static NotificationLine line(NotificationView n) {
    String actor = n.actor().value();
    Phrase action =
        switch (n.kind()) {
          case FOLLOWED -> Phrase.of("notifications.followed");
          case MENTIONED -> Phrase.of("notifications.mentioned");
          case REPLIED -> Phrase.of("notifications.replied");
          case LIKED -> Phrase.of("notifications.liked");
          case BOOSTED -> Phrase.of("notifications.boosted");
        };
    return new NotificationLine(
        actor,
        Links.profile(actor),
        Links.avatar(actor),
        action,
        n.post().map(NotificationLines::postUrl).orElse(null),
        Timestamp.of(n.occurredAt()),
        n.unread());
  }

  private static String postUrl(PostId post) {
    return "/posts/" + post.value();
  }
}
