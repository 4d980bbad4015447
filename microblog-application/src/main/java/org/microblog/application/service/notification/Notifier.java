package org.microblog.application.service.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * How use cases tell someone what another person did: following, mentioning, replying, liking,
 * boosting. Stores one notification per identity (so liking, unliking and liking again tells once)
 * and announces that the recipient's unread count changed, so that their open pages and next page
 * show the new number. Nobody is told of their own doing.
 */
public final class Notifier {
  private final NotificationPort notifications;
  private final ViewerChanges changes;
  private final Clock clock;

  public Notifier(NotificationPort notifications, ViewerChanges changes, Clock clock) {
    this.notifications = notifications;
    this.changes = changes;
    this.clock = clock;
  }

  /** Tells the recipient, unless they are the actor; stamped with the current time. */
  public void notify(UserId recipient, UserId actor, NotificationKind kind, Optional<PostId> post) {
    Notification.of(recipient, actor, kind, post, clock.instant()).ifPresent(this::notify);
  }

  public void notify(Notification notification) {
    if (notifications.add(notification)) {
      changes.unreadChanged(notification.recipient());
    }
  }

  public void notifyAll(Collection<Notification> notifications) {
    notifications.forEach(this::notify);
  }
}
