package org.microblog.application.port.in.post;

import java.util.Optional;
import org.microblog.domain.post.PostId;

/** A post's page: the post, the posts it answers and its replies. */
public interface ThreadQuery {
  /** How many replies a page shows. */
  int REPLIES_PER_PAGE = 20;

  /**
   * @param repliesAfter show replies with ids above this one (0 for the first page)
   * @return empty when no such post exists (a tombstone exists: it still has replies)
   */
  Optional<PostThread> thread(PostId id, long repliesAfter);
}
