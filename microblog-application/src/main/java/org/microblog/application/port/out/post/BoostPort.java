package org.microblog.application.port.out.post;

import org.microblog.domain.post.Boost;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Stores boosts, and each post's boost count with them in the same transaction: both writes are
 * idempotent, and the count a page shows is the number of stored boosts. A boost takes its id from
 * the same sequence as posts, so that a home timeline orders posts and boosts by one number.
 * Deleting a post (or leaving it as a tombstone) removes its boosts.
 */
public interface BoostPort {
  /**
   * @return true when the boost is new, false when the booster already boosted the post (nothing
   *     changes then)
   */
  boolean boost(Boost boost);

  void unboost(UserId booster, PostId post);
}
