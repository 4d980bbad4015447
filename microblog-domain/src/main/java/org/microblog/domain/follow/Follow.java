package org.microblog.domain.follow;

import java.util.Objects;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** One person following another. Nobody follows themselves. */
public record Follow(UserId follower, UserId followed) {
  public Follow {
    Objects.requireNonNull(follower, "follower");
    Objects.requireNonNull(followed, "followed");
    if (follower.equals(followed)) {
      throw DomainException.invalid("follow.self", "You cannot follow yourself.");
    }
  }
}
