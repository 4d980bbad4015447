package org.microblog.application.inmemory;

import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.follow.Follow;

/** Who follows whom, in memory: a set, so following or unfollowing twice changes nothing. */
public final class InMemoryFollows implements FollowPort {

  private final InMemoryTables tables;

  InMemoryFollows(InMemoryTables tables) {
    this.tables = tables;
  }

  @Override
  public void follow(Follow follow) {
    tables.locked(() -> tables.follows.add(follow));
  }

  @Override
  public void unfollow(Follow follow) {
    tables.locked(() -> tables.follows.remove(follow));
  }
}
