package org.microblog.application.port.in.user;

import java.util.Objects;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** One person starts or stops following another, named by username. */
public record FollowCommand(UserId follower, Username target) {
  public FollowCommand {
    Objects.requireNonNull(follower, "follower");
    Objects.requireNonNull(target, "target");
  }
}
