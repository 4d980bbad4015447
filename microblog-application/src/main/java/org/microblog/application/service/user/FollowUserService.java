package org.microblog.application.service.user;

import java.util.Optional;
import org.microblog.application.port.in.user.FollowCommand;
import org.microblog.application.port.in.user.FollowUserUseCase;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.application.port.out.user.LoadUserPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.notification.NotificationKind;

/**
 * Starts following a user named by username, who is told (once, however often followed); never
 * across a block.
 */
public final class FollowUserService implements FollowUserUseCase {
  private final FollowTargets targets;
  private final FollowPort follows;
  private final Notifier notifier;
  private final BlockGuard blocks;

  public FollowUserService(
      LoadUserPort users, FollowPort follows, Notifier notifier, BlockGuard blocks) {
    this.targets = new FollowTargets(users);
    this.follows = follows;
    this.notifier = notifier;
    this.blocks = blocks;
  }

  @Override
  public void follow(FollowCommand command) {
    Follow follow = targets.resolve(command);
    blocks.refuseAcrossBlock(follow.follower(), follow.followed(), Interaction.FOLLOW);
    follows.follow(follow);
    notifier.notify(
        follow.followed(), follow.follower(), NotificationKind.FOLLOWED, Optional.empty());
  }
}
