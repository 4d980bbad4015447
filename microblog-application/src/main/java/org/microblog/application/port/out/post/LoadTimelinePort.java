package org.microblog.application.port.out.post;

import java.util.List;
import org.microblog.application.port.in.post.PostView;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.user.UserId;

/**
 * Reads slices of newest-first post lists by keyset. Every method returns at most {@link
 * PageRequest#fetchSize()} posts whose ids lie strictly beyond the cursor on the requested side,
 * ordered from the cursor outwards: newest first for {@code OLDER}, oldest first for {@code NEWER}.
 */
public interface LoadTimelinePort {
  List<PostView> homeTimeline(UserId reader, PageRequest page);

  List<PostView> explore(PageRequest page);

  List<PostView> postsBy(UserId author, PageRequest page);
}
