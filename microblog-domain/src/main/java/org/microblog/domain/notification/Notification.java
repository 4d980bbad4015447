package org.microblog.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Telling the recipient that the actor did something. Nobody is notified of their own doing (use
 * {@link #of}, which yields nothing then); a kind about a post names the post, {@code FOLLOWED}
 * names none. Notifications with the same {@link #identity()} are one: liking, unliking and liking
 * again does not pile up notifications, because the application keeps one per identity.
 */
public record Notification(
    UserId recipient,
    UserId actor,
    NotificationKind kind,
    Optional<PostId> postId,
    Instant occurredAt) {

  public Notification {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (recipient.equals(actor)) {
      throw new IllegalArgumentException("nobody is notified of their own doing");
    }
    if (kind.aboutPost() != postId.isPresent()) {
      throw new IllegalArgumentException(
          kind + (kind.aboutPost() ? " needs a post" : " is about no post"));
    }
  }

  /** The notification, or none when the actor is the recipient. */
  public static Optional<Notification> of(
      UserId recipient, UserId actor, NotificationKind kind, Optional<PostId> postId, Instant at) {
    return recipient.equals(actor)
        ? Optional.empty()
        : Optional.of(new Notification(recipient, actor, kind, postId, at));
  }

  /** What makes two notifications the same news: everything but the time. */
  public Identity identity() {
    return new Identity(recipient, actor, kind, postId);
  }

  /** The same news, whenever it happened. */
  public record Identity(
      UserId recipient, UserId actor, NotificationKind kind, Optional<PostId> postId) {
    public Identity {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(postId, "postId");
    }
  }
}
