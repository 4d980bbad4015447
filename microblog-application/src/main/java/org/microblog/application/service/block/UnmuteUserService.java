package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.UnmuteUserUseCase;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Lifts one's mute of a user named by username. */
public final class UnmuteUserService implements UnmuteUserUseCase {
  private final BlockTargets targets;
  private final BlockPort blocks;

  public UnmuteUserService(LoadUserPort users, BlockPort blocks) {
    this.targets = new BlockTargets(users);
    this.blocks = blocks;
  }

  @Override
  public void unmute(BlockCommand command) {
    blocks.unmute(targets.mute(command));
  }
}
