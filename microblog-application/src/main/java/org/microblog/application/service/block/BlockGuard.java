package org.microblog.application.service.block;

import java.util.List;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.user.UserId;

/**
 * The use cases' one check of "is a block between these two": following, replying, liking, boosting
 * and messaging are refused across a block, whoever blocked, and mentions across one are not
 * delivered. One read per check (per mention), and none for oneself.
 */
public final class BlockGuard {
  private final BlockPort blocks;

  public BlockGuard(BlockPort blocks) {
    this.blocks = blocks;
  }

  /**
   * @throws org.microblog.domain.shared.DomainException FORBIDDEN ({@link Block#refuse}) when a
   *     block stands between {@code actor} and {@code other}
   */
  public void refuseAcrossBlock(UserId actor, UserId other, Interaction interaction) {
    if (blockedBetween(actor, other)) {
      throw Block.refuse(interaction);
    }
  }

  /** Those of {@code mentioned} that {@code author} may reach: no block stands between them. */
  public List<UserId> reachable(UserId author, List<UserId> mentioned) {
    return mentioned.stream().filter(person -> !blockedBetween(author, person)).toList();
  }

  private boolean blockedBetween(UserId one, UserId other) {
    return !one.equals(other) && blocks.relation(one, other).blocked();
  }
}
