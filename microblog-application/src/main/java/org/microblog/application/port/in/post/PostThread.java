package org.microblog.application.port.in.post;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A post with its thread.
 *
 * @param ancestors the posts it answers, oldest first (the thread's start first)
 * @param post the post itself
 * @param replies one page of its direct replies, oldest first
 * @param nextReplies the cursor of the next page of replies (the last reply's id), if there is one
 */
public record PostThread(
    List<ThreadPost> ancestors,
    ThreadPost post,
    List<ThreadPost> replies,
    OptionalLong nextReplies) {
  public PostThread {
    ancestors = List.copyOf(ancestors);
    Objects.requireNonNull(post, "post");
    replies = List.copyOf(replies);
    Objects.requireNonNull(nextReplies, "nextReplies");
  }
}
