package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.in.block.MuteUserUseCase;
import org.microblog.application.port.out.block.BlockPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Mutes a user named by username; nobody is told. */
public final class MuteUserService implements MuteUserUseCase {
  private final BlockTargets targets;
  private final BlockPort blocks;

  public MuteUserService(LoadUserPort users, BlockPort blocks) {
    this.targets = new BlockTargets(users);
    this.blocks = blocks;
  }

  @Override
  public void mute(BlockCommand command) {
    blocks.mute(targets.mute(command));
  }
}
