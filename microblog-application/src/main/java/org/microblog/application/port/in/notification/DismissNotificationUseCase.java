package org.microblog.application.port.in.notification;

import org.microblog.domain.user.UserId;

/** Removes one of one's own notifications (and from the unread count, if it was unread). */
public interface DismissNotificationUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND unless the reader has a
   *     notification with this id
   */
  void dismiss(UserId reader, long id);
}
