package org.microblog.application.service.notification;

import org.microblog.application.port.in.notification.DismissNotificationUseCase;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** Removes the notification if it is the reader's; the remembered unread count is read again. */
public final class DismissNotificationService implements DismissNotificationUseCase {
  private final NotificationPort notifications;
  private final ViewerChanges changes;

  public DismissNotificationService(NotificationPort notifications, ViewerChanges changes) {
    this.notifications = notifications;
    this.changes = changes;
  }

  @Override
  public void dismiss(UserId reader, long id) {
    if (!notifications.remove(reader, id)) {
      throw DomainException.notFound("notification.unknown", "No such notification.");
    }
    changes.unreadChanged(reader);
  }
}
