package org.microblog.application.port.out.user;

import java.util.List;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.domain.user.UserId;

/**
 * Reads follow lists by keyset: each follow has a position (higher for newer follows), and a
 * request reads up to {@link PageRequest#fetchSize()} entries on its side of the cursor, newest
 * first for older pages and oldest first for newer ones, in one read whatever the list's length.
 */
public interface FollowListPort {
  List<FollowListEntry> followers(UserId user, PageRequest page);

  List<FollowListEntry> following(UserId user, PageRequest page);
}
