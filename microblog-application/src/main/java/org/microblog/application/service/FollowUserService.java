package org.microblog.application.service;

import org.microblog.application.port.in.FollowCommand;
import org.microblog.application.port.in.FollowUserUseCase;
import org.microblog.application.port.out.FollowPort;
import org.microblog.application.port.out.LoadUserPort;

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
