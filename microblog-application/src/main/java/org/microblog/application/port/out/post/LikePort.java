package org.microblog.application.port.out.post;

import org.microblog.domain.post.Like;

/**
 * Stores likes, and each post's like count with them in the same transaction: both writes are
 * idempotent, and the count a page shows is the number of stored likes. Which posts a reader likes
 * is read with their boosts, by {@link ReaderInteractionsPort}.
 */
public interface LikePort {
  void like(Like like);

  void unlike(Like like);
}
