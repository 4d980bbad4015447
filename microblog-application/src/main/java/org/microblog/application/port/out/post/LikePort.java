package org.microblog.application.port.out.post;

import java.util.Collection;
import java.util.Set;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Stores likes, and each post's like count with them in the same transaction: both writes are
 * idempotent, and the count a page shows is the number of stored likes.
 */
public interface LikePort {
  void like(Like like);

  void unlike(Like like);

  /** Those of {@code posts} that {@code liker} likes: one read, however many posts. */
  Set<PostId> likedAmong(UserId liker, Collection<PostId> posts);
}
