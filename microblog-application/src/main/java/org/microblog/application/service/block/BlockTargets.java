package org.microblog.application.service.block;

import org.microblog.application.port.in.block.BlockCommand;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.block.Block;
import org.microblog.domain.block.Mute;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;

/** Turns a command into a domain {@link Block} or {@link Mute}, resolving the target by name. */
final class BlockTargets {
  private final LoadUserPort users;

  BlockTargets(LoadUserPort users) {
    this.users = users;
  }

  Block block(BlockCommand command) {
    return new Block(command.actor(), target(command).id());
  }

  Mute mute(BlockCommand command) {
    return new Mute(command.actor(), target(command).id());
  }

  private User target(BlockCommand command) {
    return users
        .findByUsername(command.target())
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "user.unknown", "User " + command.target() + " does not exist."));
  }
}
