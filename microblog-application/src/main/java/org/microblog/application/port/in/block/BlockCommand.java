package org.microblog.application.port.in.block;

import java.util.Objects;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** One person blocks, unblocks, mutes or unmutes another, named by username. */
public record BlockCommand(UserId actor, Username target) {
  public BlockCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(target, "target");
  }
}
