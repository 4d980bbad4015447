package org.microblog.application.port.in.post;

import java.util.Objects;
import org.microblog.domain.post.PostHistory;

/**
 * A post's history page: the post as it is now, and the versions its edits replaced, newest first.
 *
 * @param olderNotShown true when the post has more earlier versions than a page shows ({@link
 *     PostHistoryQuery#MAX_VERSIONS})
 */
public record PostHistoryView(PostView post, PostHistory earlier, boolean olderNotShown) {
  public PostHistoryView {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(earlier, "earlier");
    if (!earlier.postId().equals(post.id())) {
      throw new IllegalArgumentException("history of another post");
    }
  }
}
