package org.microblog.adapter.persistence.event;

import java.util.Optional;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.port.out.event.LiveEvent.AccountChanged;
import org.microblog.application.port.out.event.LiveEvent.LoginsEnded;
import org.microblog.application.port.out.event.LiveEvent.NotificationsRead;
import org.microblog.application.port.out.event.LiveEvent.PostPublished;
import org.microblog.application.port.out.event.LiveEvent.UnreadChanged;
import org.microblog.domain.user.UserId;

/**
 * An event as a notification payload, {@code kind:userId} (e.g. {@code unread:42}): a few bytes,
 * far below PostgreSQL's 8,000-byte limit. A payload this version cannot read (another version
 * during a rolling upgrade) is skipped.
 */
final class EventPayloads {
  private EventPayloads() {}

  static String encode(LiveEvent event) {
    return kind(event) + ":" + event.user().value();
  }

  static Optional<LiveEvent> decode(String payload) {
    int colon = payload.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    UserId user;
    try {
      long id = Long.parseLong(payload.substring(colon + 1));
      if (id <= 0) {
        return Optional.empty();
      }
      user = new UserId(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return switch (payload.substring(0, colon)) {
      case "unread" -> Optional.of(new UnreadChanged(user));
      case "read" -> Optional.of(new NotificationsRead(user));
      case "logins" -> Optional.of(new LoginsEnded(user));
      case "post" -> Optional.of(new PostPublished(user));
      case "account" -> Optional.of(new AccountChanged(user));
      default -> Optional.empty();
    };
  }

  private static String kind(LiveEvent event) {
    if (event instanceof UnreadChanged) {
      return "unread";
    } else if (event instanceof NotificationsRead) {
      return "read";
    } else if (event instanceof LoginsEnded) {
      return "logins";
    } else if (event instanceof AccountChanged) {
      return "account";
    }
    return "post";
  }
}
