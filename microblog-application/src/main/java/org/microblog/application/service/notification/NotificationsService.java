package org.microblog.application.service.notification;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.microblog.application.port.in.notification.NotificationPage;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.application.port.in.notification.NotificationsQuery;
import org.microblog.application.port.out.notification.NotificationPort;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/** One keyset read per page, the kinds filtered in the store so that pages stay full. */
public final class NotificationsService implements NotificationsQuery {
  private final NotificationPort notifications;

  public NotificationsService(NotificationPort notifications) {
    this.notifications = notifications;
  }

  @Override
  public NotificationPage page(
      UserId reader, Set<NotificationKind> kinds, long beforeId, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_PER_PAGE));
    if (kinds.isEmpty()) {
      return new NotificationPage(List.of(), OptionalLong.empty());
    }
    List<NotificationView> fetched = notifications.newest(reader, beforeId, size + 1, kinds);
    List<NotificationView> items = fetched.subList(0, Math.min(fetched.size(), size));
    OptionalLong older =
        fetched.size() > size
            ? OptionalLong.of(items.get(items.size() - 1).id())
            : OptionalLong.empty();
    return new NotificationPage(items, older);
  }

  @Override
  public Optional<NotificationView> notification(UserId reader, long id) {
    return notifications.find(reader, id);
  }
}
