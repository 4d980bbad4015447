package org.microblog.application.port.in.notification;

import java.util.OptionalLong;
import org.microblog.domain.user.UserId;

/**
 * Shows a person their notifications; opening the first page marks everything read, so the count in
 * the navigation bar starts again from zero.
 */
public interface ReadNotificationsUseCase {
  /** How many notifications a page shows. */
  int PER_PAGE = 20;

  /**
   * @param before show notifications older than this one (the "older" link's keyset cursor); empty
   *     for the first page, which also marks them all read
   */
  NotificationPage read(UserId reader, OptionalLong before);
}
