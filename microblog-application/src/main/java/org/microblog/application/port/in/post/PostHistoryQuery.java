package org.microblog.application.port.in.post;

import java.util.Optional;
import org.microblog.domain.post.PostId;

/** Every earlier version of a post; public, like the post itself. */
public interface PostHistoryQuery {
  /**
   * @return empty for an unknown or deleted post
   */
  Optional<PostHistoryView> history(PostId id);
}
