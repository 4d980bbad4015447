package org.microblog.application.service.user;

import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Starts following a user named by username. */
public final class FollowUserService implements FollowUserUseCase {
  private final FollowTargets targets;
  private final FollowPort follows;

  public FollowUserService(LoadUserPort users, FollowPort follows) {
    this.targets = new FollowTargets(users);
    this.follows = follows;
  }

  @Override
  public void follow(FollowCommand command) {
    follows.follow(targets.resolve(command));
  }
}
