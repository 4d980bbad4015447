package org.microblog.application.port.out.user;

import java.util.List;
import org.microblog.domain.follow.Follow;
import org.microblog.domain.user.UserId;

/** Stores who follows whom. Both calls are idempotent. */
public interface FollowPort {
  void follow(Follow follow);

  void unfollow(Follow follow);

  /** Whom the follower follows, at most {@code limit} of them, in no particular order. */
  List<UserId> followees(UserId follower, int limit);
}
