package org.microblog.application.port.out.block;

import java.util.List;
import org.microblog.application.port.in.block.Relation;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * Stored blocks and mutes. Every write is idempotent. A store also leaves what a block or a mute
 * hides out of the lists it reads for a person (timelines, threads, tags, notifications) and stores
 * no notification across a block or from a muted person, so that hiding costs no extra read.
 */
public interface BlockPort {
  /**
   * Stores the block and ends the {@link Block#severedFollows()} that exist, with the two people's
   * follower and following counts, in one transaction.
   */
  void block(Block block);

  void unblock(Block block);

  void mute(Mute mute);

  void unmute(Mute mute);

  /** Where {@code viewer} stands with {@code other}, in one read. */
  Relation relation(UserId viewer, UserId other);

  /** The names of at most {@code max} people {@code blocker} blocks, alphabetically. */
  List<Username> blockedBy(UserId blocker, int max);

  /** The names of at most {@code max} people {@code muter} mutes, alphabetically. */
  List<Username> mutedBy(UserId muter, int max);

  // Client API (api-people): the blocked and muted people page by page.

  /**
   * The ids of at most {@code max} people {@code blocker} blocks below {@code beforeId}, highest
   * first.
   */
  List<UserId> blockedIds(UserId blocker, long beforeId, int max);

  /**
   * The ids of at most {@code max} people {@code muter} mutes below {@code beforeId}, highest
   * first.
   */
  List<UserId> mutedIds(UserId muter, long beforeId, int max);
}
