package org.microblog.application.port.out.user;

import org.microblog.domain.follow.Follow;

/** Stores who follows whom. Both calls are idempotent. */
public interface FollowPort {
  void follow(Follow follow);

  void unfollow(Follow follow);
}
