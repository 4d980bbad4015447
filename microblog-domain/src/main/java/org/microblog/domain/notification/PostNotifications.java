package org.microblog.domain.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Who hears of a post: the author of the post it answers ({@link NotificationKind#REPLIED}) and
 * everyone it mentions ({@link NotificationKind#MENTIONED}), each person once and never its own
 * author. Someone both answered and mentioned hears of the reply only: it already brings the post.
 */
public final class PostNotifications {
  private PostNotifications() {}

  /**
   * @param post the new (or edited) post
   * @param author who wrote it
   * @param answered the author of the post it answers, if it is a reply
   * @param mentioned the accounts it mentions
   */
  public static List<Notification> of(
      PostId post,
      UserId author,
      Optional<UserId> answered,
      Collection<UserId> mentioned,
      Instant at) {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(answered, "answered");
    Objects.requireNonNull(at, "at");
    List<Notification> notifications = new ArrayList<>();
    answered
        .flatMap(
            recipient ->
                Notification.of(recipient, author, NotificationKind.REPLIED, Optional.of(post), at))
        .ifPresent(notifications::add);
    Set<UserId> distinct = new LinkedHashSet<>(mentioned);
    answered.ifPresent(distinct::remove);
    for (UserId recipient : distinct) {
      Notification.of(recipient, author, NotificationKind.MENTIONED, Optional.of(post), at)
          .ifPresent(notifications::add);
    }
    return List.copyOf(notifications);
  }
}
