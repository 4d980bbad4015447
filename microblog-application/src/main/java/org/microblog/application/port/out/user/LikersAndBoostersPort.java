package org.microblog.application.port.out.user;

import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.timeline.PageRequest;
import org.microblog.application.port.in.user.FollowListEntry;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/**
 * Reads who liked and who boosted a post, by keyset: each reads up to {@link
 * PageRequest#fetchSize()} people on its side of the cursor, the highest positions first for older
 * pages and the lowest first for newer ones, in one read however many there are. A logged-in
 * viewer's lists leave out whoever is across a block from them or muted by them.
 */
public interface LikersAndBoostersPort {
  /** The people who like the post; a liker's position is their account id (likes have none). */
  List<FollowListEntry> likers(PostId post, Optional<UserId> viewer, PageRequest page);

  /** The people who boosted the post; a booster's position is their boost's id (newer higher). */
  List<FollowListEntry> boosters(PostId post, Optional<UserId> viewer, PageRequest page);
}
