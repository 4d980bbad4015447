package org.microblog.application.port.out.post;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.ThreadPost;
import org.microblog.domain.post.PostId;
import org.microblog.domain.post.ReplyTarget;
import org.microblog.domain.user.UserId;

/**
 * Reads threads: who a post answers and who answers it, tombstones included. A logged-in viewer's
 * chains and replies leave out (omit) the posts of people across a block and of people they mute,
 * as their timelines do; an anonymous viewer sees everything.
 */
public interface LoadThreadPort {
  /** The post a reply would answer, deleted or not; empty when no such post was ever kept. */
  Optional<ReplyTarget> replyTarget(PostId id);

  /**
   * The post and the posts it answers, oldest first and the post itself last, at most {@code
   * maxLength} of them (the nearest ones); empty when no such post exists.
   */
  List<ThreadPost> chain(PostId id, Optional<UserId> viewer, int maxLength);

  /** The chain as anonymous viewers see it. */
  default List<ThreadPost> chain(PostId id, int maxLength) {
    return chain(id, Optional.empty(), maxLength);
  }

  /**
   * At most {@code max} direct replies to {@code id} with ids above {@code afterId}, oldest first.
   */
  List<ThreadPost> replies(PostId id, Optional<UserId> viewer, long afterId, int max);

  /** The replies as anonymous viewers see them. */
  default List<ThreadPost> replies(PostId id, long afterId, int max) {
    return replies(id, Optional.empty(), afterId, max);
  }
}
