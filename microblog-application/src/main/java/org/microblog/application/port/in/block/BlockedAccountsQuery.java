package org.microblog.application.port.in.block;

import org.microblog.domain.user.UserId;

/**
 * The people one blocks or mutes, page by page for apps (the settings page reads {@link
 * BlockQuery#blockList} by name instead): a keyset on their user ids, so every page costs the same.
 */
public interface BlockedAccountsQuery {
  int MAX_PER_PAGE = 80;

  /**
   * @param beforeId only people with lower user ids ({@link Long#MAX_VALUE} for the first page)
   * @param limit how many at most, cut to {@link #MAX_PER_PAGE}
   */
  BlockedPage blocked(UserId me, long beforeId, int limit);

  /** As {@link #blocked}, for the people {@code me} mutes. */
  BlockedPage muted(UserId me, long beforeId, int limit);
}
