package org.microblog.domain.post;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.microblog.domain.user.UserId;

/**
 * One person sharing a post with their followers. A person boosts a post at most once ({@link
 * #sameAs}); in a follower's home timeline the post appears once, placed by the newest boost among
 * the people they follow ({@link #NEWEST_FIRST}). Boosting one's own post is allowed, as on
 * Mastodon, and notifies nobody.
 */
public record Boost(UserId booster, PostId postId, Instant boostedAt) {

  /** Timeline order: the latest boost first. */
  public static final Comparator<Boost> NEWEST_FIRST =
      Comparator.comparing(Boost::boostedAt).reversed();

  public Boost {
    Objects.requireNonNull(booster, "booster");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(boostedAt, "boostedAt");
  }

  /** True when both are the same person's boost of the same post, whenever made. */
  public boolean sameAs(Boost other) {
    return booster.equals(other.booster) && postId.equals(other.postId);
  }
}
