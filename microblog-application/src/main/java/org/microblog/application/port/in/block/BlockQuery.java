package org.microblog.application.port.in.block;

import org.microblog.domain.user.UserId;

/** Whom one blocks and mutes. */
public interface BlockQuery {
  /** How many people a {@link BlockList} lists at most on each side. */
  int MAX_LISTED = 500;

  /** Where {@code viewer} stands with {@code other}: one read. */
  Relation relation(UserId viewer, UserId other);

  /** The people {@code me} blocks and mutes, at most {@link #MAX_LISTED} of each. */
  BlockList blockList(UserId me);
}
