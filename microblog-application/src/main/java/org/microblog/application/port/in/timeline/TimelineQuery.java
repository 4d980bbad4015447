package org.microblog.application.port.in.timeline;

import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;

/** Newest-first lists of posts. */
public interface TimelineQuery {
  /**
   * The reader's own posts and those of everyone they follow, and the posts that they or the people
   * they follow boosted: each post once, placed by its newest boost among them, if any. Nothing by
   * or of people across a block from the reader or muted by them.
   */
  Page<TimelineEntry> homeTimeline(UserId reader, PageRequest page);

  /**
   * Everyone's posts, but for a logged-in viewer none of people across a block or muted by them.
   */
  Page<PostView> explore(Optional<UserId> viewer, PageRequest page);

  /** Everyone's posts, as anonymous viewers see them. */
  default Page<PostView> explore(PageRequest page) {
    return explore(Optional.empty(), page);
  }

  /** One author's posts. */
  Page<PostView> postsBy(UserId author, PageRequest page);

  /** The posts filed under a tag (ignoring case, as {@link Tag#key()} does). */
  Page<PostView> tagged(Tag tag, Optional<UserId> viewer, PageRequest page);

  /** A tag's posts, as anonymous viewers see them. */
  default Page<PostView> tagged(Tag tag, PageRequest page) {
    return tagged(tag, Optional.empty(), page);
  }
}
