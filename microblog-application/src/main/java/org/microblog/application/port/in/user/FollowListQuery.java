package org.microblog.application.port.in.user;

import org.microblog.application.port.in.timeline.Page;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.domain.user.UserId;

/** Who follows someone and whom they follow, newest follow first, page by page. */
public interface FollowListQuery {
  /** The people who follow {@code user}; empty for an unknown user. */
  Page<FollowListEntry> followers(UserId user, PageRequest page);

  /** The people {@code user} follows; empty for an unknown user. */
  Page<FollowListEntry> following(UserId user, PageRequest page);
}
