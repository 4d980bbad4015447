package org.microblog.adapter.persistence.event;

import java.util.Optional;
import org.microblog.application.port.out.event.LiveEvent;
import org.microblog.application.port.out.event.LiveEvent.AccountChanged;
import org.microblog.application.port.out.event.LiveEvent.LoginsEnded;
import org.microblog.application.port.out.event.LiveEvent.NotificationsRead;
import org.microblog.application.port.out.event.LiveEvent.PostDeleted;
import org.microblog.application.port.out.event.LiveEvent.PostPublished;
import org.microblog.application.port.out.event.LiveEvent.UnreadChanged;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * An event as a notification payload, {@code kind:userId} (e.g. {@code unread:42}), a deletion
 * {@code deleted:userId:postId}: a few bytes, far below PostgreSQL's 8,000-byte limit. A payload
 * this version cannot read (another version during a rolling upgrade) is skipped.
 */
final class EventPayloads {
  private static final String DELETED = "deleted:";

  private EventPayloads() {}

  static String encode(LiveEvent event) {
    if (event instanceof PostDeleted deleted) {
      return DELETED + deleted.user().value() + ":" + deleted.post().value();
    }
    return kind(event) + ":" + event.user().value();
  }

  static Optional<LiveEvent> decode(String payload) {
    if (payload.startsWith(DELETED)) {
      return deletion(payload.substring(DELETED.length()));
    }
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

  private static Optional<LiveEvent> deletion(String ids) {
    int colon = ids.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    try {
      long user = Long.parseLong(ids.substring(0, colon));
      long post = Long.parseLong(ids.substring(colon + 1));
      if (user <= 0 || post <= 0) {
        return Optional.empty();
      }
      return Optional.of(new PostDeleted(new UserId(user), new PostId(post)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
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
