package org.microblog.application.port.in.user;

/** Stops following someone; unfollowing again changes nothing. */
public interface UnfollowUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void unfollow(FollowCommand command);
}
