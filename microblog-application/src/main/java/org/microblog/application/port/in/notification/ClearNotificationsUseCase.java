package org.microblog.application.port.in.notification;

import org.microblog.domain.user.UserId;

/** Removes all of one's notifications; the unread count becomes zero. */
public interface ClearNotificationsUseCase {
  void clear(UserId reader);
}
