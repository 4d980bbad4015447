package org.microblog.application.port.in.timeline;

import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.user.UserId;

/** Newest-first lists of posts. */
public interface TimelineQuery {
  /** The reader's own posts and those of everyone they follow. */
  Page<PostView> homeTimeline(UserId reader, PageRequest page);

  /** Everyone's posts. */
  Page<PostView> explore(PageRequest page);

  /** One author's posts. */
  Page<PostView> postsBy(UserId author, PageRequest page);
}
