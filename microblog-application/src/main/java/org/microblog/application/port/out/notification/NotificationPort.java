package org.microblog.application.port.out.notification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.microblog.application.port.in.notification.NotificationView;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.user.UserId;

/**
 * Stored notifications, and each person's count of unread ones kept with them (in the same
 * transaction), so that showing the count costs no counting. A store removes the notifications
 * about a post when the post is deleted, and those of an account, both ways, when it goes, and
 * takes them out of the counts.
 */
public interface NotificationPort {
  /**
   * Stores the notification unless one with the same {@link Notification#identity()} is stored
   * already (then nothing changes: liking, unliking and liking again is one notification).
   *
   * @return true when it was stored, and so counted as unread
   */
  boolean add(Notification notification);

  /**
   * At most {@code max} of the recipient's notifications with ids below {@code beforeId}, newest
   * first, with the actor's current username: one read, however many.
   */
  List<NotificationView> newest(UserId recipient, long beforeId, int max);

  /**
   * Marks read every notification of the recipient up to {@code upToId}; the unread count becomes
   * the number of newer ones (normally none). Never moves backwards.
   */
  void markReadUpTo(UserId recipient, long upToId);

  /** The recipient's stored count of unread notifications. */
  long unreadCount(UserId recipient);

  // Client API (api-people): filtered pages, one notification, dismissing and clearing.

  /** Every kind: what {@link #newest(UserId, long, int)} reads. */
  Set<NotificationKind> ALL_KINDS =
      Collections.unmodifiableSet(EnumSet.allOf(NotificationKind.class));

  /**
   * As {@link #newest(UserId, long, int)}, but only notifications of the given kinds, filtered in
   * the read (so that a page is full whenever enough of those kinds exist); none for no kind.
   */
  List<NotificationView> newest(
      UserId recipient, long beforeId, int max, Set<NotificationKind> kinds);

  /** The recipient's notification with this id, as a page shows it; empty for anyone else's. */
  Optional<NotificationView> find(UserId recipient, long id);

  /**
   * Removes the recipient's notification with this id, and from the unread count if it was unread.
   *
   * @return false when the recipient has no notification with this id (nothing changes)
   */
  boolean remove(UserId recipient, long id);

  /** Removes all of the recipient's notifications; the unread count becomes zero. */
  void removeAll(UserId recipient);
}
