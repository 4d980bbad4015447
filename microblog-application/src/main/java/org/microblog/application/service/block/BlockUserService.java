package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.BlockUserUseCase;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Blocks a user named by username; the store ends the follows both ways with it. */
public final class BlockUserService implements BlockUserUseCase {
  private final BlockTargets targets;
  private final BlockPort blocks;

  public BlockUserService(LoadUserPort users, BlockPort blocks) {
    this.targets = new BlockTargets(users);
    this.blocks = blocks;
  }

  @Override
  public void block(BlockCommand command) {
    blocks.block(targets.block(command));
  }
}
