package org.microblog.application.port.in.post;

import java.util.Optional;
import org.microblog.domain.post.PostId;

/** The earlier versions of a post; public, like the post itself. */
public interface PostHistoryQuery {
  /** The most versions a history shows, newest first: a page stays bounded however often edited. */
  int MAX_VERSIONS = 100;

  /**
   * @return empty for an unknown or deleted post
   */
  Optional<PostHistoryView> history(PostId id);
}
