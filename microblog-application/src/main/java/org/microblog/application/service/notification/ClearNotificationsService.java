package org.microblog.application.service.notification;

import org.microblog.application.port.in.notification.ClearNotificationsUseCase;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.user.UserId;

/** One statement for the rows and the count; nothing unread is left to remember. */
public final class ClearNotificationsService implements ClearNotificationsUseCase {
  private final NotificationPort notifications;
  private final ViewerChanges changes;

  public ClearNotificationsService(NotificationPort notifications, ViewerChanges changes) {
    this.notifications = notifications;
    this.changes = changes;
  }

  @Override
  public void clear(UserId reader) {
    notifications.removeAll(reader);
    changes.notificationsRead(reader);
  }
}
