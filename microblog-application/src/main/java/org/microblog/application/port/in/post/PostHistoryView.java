package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.PostHistory;

/**
 * A post's history page: the post as it is now, and every version its edits replaced, newest first.
 */
public record PostHistoryView(PostView post, PostHistory earlier) {
  public PostHistoryView {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(earlier, "earlier");
    if (!earlier.postId().equals(post.id())) {
      throw new IllegalArgumentException("history of another post");
    }
  }
}
