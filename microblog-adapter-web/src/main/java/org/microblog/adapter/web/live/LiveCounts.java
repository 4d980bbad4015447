package org.microblog.adapter.web.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.microblog.adapter.web.navigation.UnreadBadge;
import org.microblog.adapter.web.navigation.UnreadBadges;
import org.microblog.application.port.in.login.LoginStatus;
import org.microblog.domain.user.Language;

/**
 * The navigation bar's two badges as the live script receives them, worded once (by {@link
 * UnreadBadges}) for the page and the stream alike, in the language of the page that opened the
 * stream: an empty count means no badge.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LiveCounts(
    String notifications, String notificationsLabel, String messages, String messagesLabel) {

  static LiveCounts of(LoginStatus status, UnreadBadges badges, Language language) {
    UnreadBadge notifications = badges.notifications(status.unreadNotifications(), language);
    UnreadBadge messages = badges.messages(status.unreadMessages(), language);
    return new LiveCounts(
        notifications.count(), notifications.label(), messages.count(), messages.label());
  }
}
