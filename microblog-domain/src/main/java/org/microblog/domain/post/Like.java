package org.microblog.domain.post;

import java.util.Objects;
import org.microblog.domain.user.UserId;

/**
 * One person liking one post. A like is a fact, not an event: liking twice is the same like, so
 * equal values mean one stored row. People may like their own posts (as on Mastodon); they are just
 * not notified of it.
 */
public record Like(UserId liker, PostId postId) {
  public Like {
    Objects.requireNonNull(liker, "liker");
    Objects.requireNonNull(postId, "postId");
  }
}
