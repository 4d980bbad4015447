package org.microblog.application.port.in.user;

import java.util.Optional;
import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Who liked a post and who boosted it, page by page, as {@code viewer} may see them: nobody across
 * a block from them or muted by them.
 */
public interface LikersAndBoostersQuery {
  /**
   * @return empty when the viewer cannot see the post: unknown, deleted, or its author is across a
   *     block from them or muted by them (as {@link
   *     org.microblog.application.port.in.post.ThreadQuery} does not find it)
   */
  Optional<Page<FollowListEntry>> likers(PostId post, Optional<UserId> viewer, PageRequest page);

  /**
   * @return empty when the viewer cannot see the post, as for {@link #likers}
   */
  Optional<Page<FollowListEntry>> boosters(PostId post, Optional<UserId> viewer, PageRequest page);
}
