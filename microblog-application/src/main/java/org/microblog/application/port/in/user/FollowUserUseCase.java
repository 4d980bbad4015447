package org.microblog.application.port.in.user;

/** Starts following someone; following again changes nothing. */
public interface FollowUserUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown user, INVALID for
   *     oneself
   */
  void follow(FollowCommand command);
}
