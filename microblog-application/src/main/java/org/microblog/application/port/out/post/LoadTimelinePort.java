package org.microblog.application.port.out.post;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.timeline.TimelineEntry;
import org.microblog.domain.post.Tag;
import org.microblog.domain.user.UserId;

/**
 * Reads slices of newest-first post lists by keyset. Every method returns at most {@link
 * PageRequest#fetchSize()} posts whose ids (for home timelines: entry positions) lie strictly
 * beyond the cursor on the requested side, ordered from the cursor outwards: newest first for
 * {@code OLDER}, oldest first for {@code NEWER}. Boosts are no posts of their own: only home
 * timelines show them.
 *
 * <p>A logged-in viewer's lists (home, explore, tags) leave out the posts of people across a block
 * from them and of people they mute, and home timelines also the boosts by or of such people; an
 * anonymous viewer sees everything.
 */
public interface LoadTimelinePort {
  /**
   * The reader's circle is the reader and everyone they follow. Its posts, and the posts its
   * members boosted, each once: a post's entry is its newest boost by the circle, or, never boosted
   * by the circle, the post itself when its author belongs to the circle. A post whose newest entry
   * lies beyond the page's far side is on another page, so it never shows twice.
   */
  List<TimelineEntry> homeTimeline(UserId reader, PageRequest page);

  /** Everyone's posts as {@code viewer} (empty: anonymous) sees them. */
  List<PostView> explore(Optional<UserId> viewer, PageRequest page);

  /** Everyone's posts, as anonymous viewers see them. */
  default List<PostView> explore(PageRequest page) {
    return explore(Optional.empty(), page);
  }

  List<PostView> postsBy(UserId author, PageRequest page);

  /** The posts filed under the tag's {@link Tag#key()} when they were published. */
  List<PostView> tagged(Tag tag, Optional<UserId> viewer, PageRequest page);

  /** The tag's posts as anonymous viewers see them. */
  default List<PostView> tagged(Tag tag, PageRequest page) {
    return tagged(tag, Optional.empty(), page);
  }
}
