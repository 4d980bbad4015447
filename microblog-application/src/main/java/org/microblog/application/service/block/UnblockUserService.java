package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.UnblockUserUseCase;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Lifts one's own block of a user named by username (never the other's block of oneself). */
public final class UnblockUserService implements UnblockUserUseCase {
  private final BlockTargets targets;
  private final BlockPort blocks;

  public UnblockUserService(LoadUserPort users, BlockPort blocks) {
    this.targets = new BlockTargets(users);
    this.blocks = blocks;
  }

  @Override
  public void unblock(BlockCommand command) {
    blocks.unblock(targets.block(command));
  }
}
