package org.microblog.adapter.persistence.follow;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.microblog.adapter.persistence.support.UniqueViolation;
import org.microblog.application.port.out.user.FollowPort;
import org.microblog.domain.follow.Follow;

/** Who follows whom, in the {@code follows} table. Following twice or unfollowing twice is fine. */
@Singleton
public class FollowPersistenceAdapter implements FollowPort {

  private final FollowRepository follows;

  FollowPersistenceAdapter(FollowRepository follows) {
    this.follows = follows;
  }

  @Override
  public void follow(Follow follow) {
    try {
      follows.insertIfAbsent(follow.follower().value(), follow.followed().value());
    } catch (DataAccessException e) {
      // Two concurrent requests can both see "absent"; the loser hits the primary key. The pair
      // exists either way, which is all that was asked. The primary key is the table's only
      // unique key, so any unique violation here is that one.
      if (!UniqueViolation.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  @Override
  public void unfollow(Follow follow) {
    follows.delete(follow.follower().value(), follow.followed().value());
  }
}
