package org.microblog.application.port.in.notification;

import java.util.Optional;
import java.util.Set;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/**
 * One's notifications as apps read them: only the asked kinds, any page size up to {@value
 * #MAX_PER_PAGE}, and reading marks nothing read (apps save their position as a marker instead).
 */
public interface NotificationsQuery {
  int MAX_PER_PAGE = 80;

  /**
   * The reader's notifications of the given kinds with ids below {@code beforeId}, newest first;
   * none when no kind is asked.
   *
   * @param limit how many at most, cut to {@link #MAX_PER_PAGE}
   */
  NotificationPage page(UserId reader, Set<NotificationKind> kinds, long beforeId, int limit);

  /** The reader's own notification with this id; empty for anyone else's or an unknown id. */
  Optional<NotificationView> notification(UserId reader, long id);
}
