package org.microblog.application.port.in.timeline;

import java.util.Objects;
import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.user.Username;

/**
 * One place in a home timeline: a post, shown either because its author is the reader or someone
 * they follow, or because one of those boosted it ({@code boostedBy}, the newest such boost).
 *
 * @param position where it sits in the timeline, and the cursor of the pages next to it: the post's
 *     own id, or its newest boost's id (boosts take their ids from the same sequence as posts, so
 *     one number orders both)
 */
public record TimelineEntry(long position, PostView post, Optional<Username> boostedBy) {
  public TimelineEntry {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(boostedBy, "boostedBy");
    if (position <= 0) {
      throw new IllegalArgumentException("position must be positive: " + position);
    }
  }

  /** The post in its own place, by its author. */
  public static TimelineEntry of(PostView post) {
    return new TimelineEntry(post.id().value(), post, Optional.empty());
  }

  /** The post placed by a boost. */
  public static TimelineEntry boosted(long boostId, PostView post, Username booster) {
    return new TimelineEntry(boostId, post, Optional.of(booster));
  }
}
