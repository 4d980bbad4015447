package org.microblog.application.port.in.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * A notification as the notifications page lists it: who did what, about which post, when, and
 * whether the recipient had seen it before this page.
 *
 * @param id its place in the recipient's list: newer notifications have higher ids
 * @param unread true when it arrived after the recipient last opened the notifications
 */
public record NotificationView(
    long id,
    NotificationKind kind,
    UserId actorId,
    Username actor,
    Optional<PostId> post,
    Instant occurredAt,
    boolean unread) {
  public NotificationView {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
