package org.microblog.adapter.web.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.microblog.adapter.web.navigation.UnreadBadge;
import org.microblog.application.port.in.login.LoginStatus;

/**
 * The navigation bar's two badges as the live script receives them, worded once (by {@link
 * UnreadBadge}) for the page and the stream alike: an empty count means no badge.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LiveCounts(
    String notifications, String notificationsLabel, String messages, String messagesLabel) {

  static LiveCounts of(LoginStatus status) {
    UnreadBadge notifications = UnreadBadge.of(status.unreadNotifications());
    UnreadBadge messages = UnreadBadge.messages(status.unreadMessages());
    return new LiveCounts(
        notifications.count(), notifications.label(), messages.count(), messages.label());
  }
}
