package org.microblog.application.port.in.notification;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of someone's notifications, newest first.
 *
 * @param older the cursor of the next (older) page: the last notification's id, if there is one
 */
public record NotificationPage(List<NotificationView> items, OptionalLong older) {
  public NotificationPage {
    items = List.copyOf(items);
    Objects.requireNonNull(older, "older");
  }
}
