package org.microblog.application.port.out.event;

import java.util.Objects;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Something that happened which open pages of other people (and other instances' memories) should
 * notice at once. Each event names only whom it concerns, never the new state, so a listener reads
 * that state again, and a payload fits a PostgreSQL notification easily.
 */
public sealed interface LiveEvent {

  /** The user the event concerns: whose counts or logins changed, or who published. */
  UserId user();

  /** The user's unread notification or message count may have changed. */
  record UnreadChanged(UserId user) implements LiveEvent {
    public UnreadChanged {
      Objects.requireNonNull(user, "user");
    }
  }

  /** The user has just seen their notifications: their unread notification count is zero. */
  record NotificationsRead(UserId user) implements LiveEvent {
    public NotificationsRead {
      Objects.requireNonNull(user, "user");
    }
  }

  /**
   * One or all of the user's logins (or app tokens) ended: every instance must check them again at
   * once.
   */
  record LoginsEnded(UserId user) implements LiveEvent {
    public LoginsEnded {
      Objects.requireNonNull(user, "user");
    }
  }

  /**
   * The user deleted one of their posts: their followers' home timelines no longer show it. The
   * post's id is all it says, so that open apps can drop it.
   */
  record PostDeleted(UserId user, PostId post) implements LiveEvent {
    public PostDeleted {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(post, "post");
    }
  }

  /** Something the login check reads of the user's account (their language) changed. */
  record AccountChanged(UserId user) implements LiveEvent {
    public AccountChanged {
      Objects.requireNonNull(user, "user");
    }
  }

  /** The user published a post: it waits on their followers' home timelines. */
  record PostPublished(UserId user) implements LiveEvent {
    public PostPublished {
      Objects.requireNonNull(user, "user");
    }
  }
}
