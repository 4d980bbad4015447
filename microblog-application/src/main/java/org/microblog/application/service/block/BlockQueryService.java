package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockList;
import org.microblog.application.port.in.block.BlockQuery;
import org.microblog.application.port.in.block.Relation;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.domain.user.UserId;

/** Reads where one stands with others; nobody stands anywhere with themselves. */
public final class BlockQueryService implements BlockQuery {
  private final BlockPort blocks;

  public BlockQueryService(BlockPort blocks) {
    this.blocks = blocks;
  }

  @Override
  public Relation relation(UserId viewer, UserId other) {
    return viewer.equals(other) ? Relation.NONE : blocks.relation(viewer, other);
  }

  @Override
  public BlockList blockList(UserId me) {
    return new BlockList(blocks.blockedBy(me, MAX_LISTED), blocks.mutedBy(me, MAX_LISTED));
  }
}
