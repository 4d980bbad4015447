package org.microblog.application.service.notification;

import java.util.List;
import java.util.OptionalLong;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.ReadNotificationsUseCase;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.application.service.login.ViewerChanges;
import org.microblog.domain.user.UserId;

/**
 * One keyset read per page; the first page, when it shows anything unread, also marks everything up
 * to its newest notification read (one more statement), and this instance's remembered count drops
 * to zero with it.
 */
public final class ReadNotificationsService implements ReadNotificationsUseCase {
  private final NotificationPort notifications;
  private final ViewerChanges changes;

  public ReadNotificationsService(NotificationPort notifications, ViewerChanges changes) {
    this.notifications = notifications;
    this.changes = changes;
  }

  @Override
  public NotificationPage read(UserId reader, OptionalLong before) {
    long cursor = before.orElse(Long.MAX_VALUE);
    List<NotificationView> fetched = notifications.newest(reader, cursor, PER_PAGE + 1);
    List<NotificationView> items = fetched.subList(0, Math.min(fetched.size(), PER_PAGE));
    OptionalLong older =
        fetched.size() > PER_PAGE
            ? OptionalLong.of(items.get(items.size() - 1).id())
            : OptionalLong.empty();
    if (before.isEmpty() && items.stream().anyMatch(NotificationView::unread)) {
      notifications.markReadUpTo(reader, items.get(0).id());
      changes.notificationsRead(reader);
    }
    return new NotificationPage(items, older);
  }
}
