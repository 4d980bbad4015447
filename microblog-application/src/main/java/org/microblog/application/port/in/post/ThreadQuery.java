package org.microblog.application.port.in.post;

import java.util.Optional;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** A post's page: the post, the posts it answers and its replies. */
public interface ThreadQuery {
  /** How many replies a page shows. */
  int REPLIES_PER_PAGE = 20;

  /**
   * @param repliesAfter show replies with ids above this one (0 for the first page)
   * @param viewer who is looking, if logged in: posts of people across a block from them or muted
   *     by them are omitted from the chain and the replies, and such a post itself is not found
   * @return empty when no such post exists (a tombstone exists: it still has replies)
   */
  Optional<PostThread> thread(PostId id, Optional<UserId> viewer, long repliesAfter);

  /** The thread as anonymous viewers see it. */
  default Optional<PostThread> thread(PostId id, long repliesAfter) {
    return thread(id, Optional.empty(), repliesAfter);
  }
}
