package org.microblog.application.service.user;

import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.User;

/** Turns a follow command into a domain {@link Follow}, resolving the target by name. */
final class FollowTargets {
  private final LoadUserPort users;

  FollowTargets(LoadUserPort users) {
    this.users = users;
  }

  Follow resolve(FollowCommand command) {
    User target =
        users
            .findByUsername(command.target())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "user.unknown", "User " + command.target() + " does not exist."));
    return new Follow(command.follower(), target.id());
  }
}
