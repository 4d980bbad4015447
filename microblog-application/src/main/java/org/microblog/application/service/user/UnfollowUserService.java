package org.microblog.application.service.user;

import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.UnfollowUserUseCase;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadUserPort;

/** Stops following a user named by username. */
public final class UnfollowUserService implements UnfollowUserUseCase {
  private final FollowTargets targets;
  private final FollowPort follows;

  public UnfollowUserService(LoadUserPort users, FollowPort follows) {
    this.targets = new FollowTargets(users);
    this.follows = follows;
  }

  @Override
  public void unfollow(FollowCommand command) {
    follows.unfollow(targets.resolve(command));
  }
}
