package org.microblog.application.inmemory;

import java.util.List;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.UserId;

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

  @Override
  public List<UserId> followees(UserId follower, int limit) {
    return tables.locked(
        () ->
            tables.follows.stream()
                .filter(f -> f.follower().equals(follower))
                .map(Follow::followed)
                .limit(limit)
                .toList());
  }
}
