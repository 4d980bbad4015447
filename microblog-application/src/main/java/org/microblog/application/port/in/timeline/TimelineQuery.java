package org.microblog.application.port.in.timeline;

import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;

/** Newest-first lists of posts. */
public interface TimelineQuery {
  /**
   * The reader's own posts and those of everyone they follow, and the posts that they or the people
   * they follow boosted: each post once, placed by its newest boost among them, if any.
   */
  Page<TimelineEntry> homeTimeline(UserId reader, PageRequest page);

  /** Everyone's posts. */
  Page<PostView> explore(PageRequest page);

  /** One author's posts. */
  Page<PostView> postsBy(UserId author, PageRequest page);

  /** The posts filed under a tag (ignoring case, as {@link Tag#key()} does). */
  Page<PostView> tagged(Tag tag, PageRequest page);
}
