package org.microblog.application.port.in.post;

import java.util.Optional;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** The earlier versions of a post; public, like the post itself. */
public interface PostHistoryQuery {
  /** The most versions a history shows, newest first: a page stays bounded however often edited. */
  int MAX_VERSIONS = 100;

  /**
   * @param viewer who is looking, if logged in: a post by someone across a block from them or muted
   *     by them is not found, as {@link ThreadQuery} does not find it
   * @return empty for an unknown or deleted post
   */
  Optional<PostHistoryView> history(PostId id, Optional<UserId> viewer);

  /** The history as anonymous viewers see it. */
  default Optional<PostHistoryView> history(PostId id) {
    return history(id, Optional.empty());
  }
}
