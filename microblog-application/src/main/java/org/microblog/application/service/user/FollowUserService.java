package org.microblog.application.service.user;

import java.util.Optional;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.notification.NotificationKind;

/** Starts following a user named by username, who is told (once, however often followed). */
public final class FollowUserService implements FollowUserUseCase {
  private final FollowTargets targets;
  private final FollowPort follows;
  private final Notifier notifier;

  public FollowUserService(LoadUserPort users, FollowPort follows, Notifier notifier) {
    this.targets = new FollowTargets(users);
    this.follows = follows;
    this.notifier = notifier;
  }

  @Override
  public void follow(FollowCommand command) {
    Follow follow = targets.resolve(command);
    follows.follow(follow);
    notifier.notify(
        follow.followed(), follow.follower(), NotificationKind.FOLLOWED, Optional.empty());
  }
}
