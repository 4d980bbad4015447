package org.microblog.application.port.in.post;

/** Likes a post; liking it again changes nothing. */
public interface LikePostUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown or deleted post
   */
  void like(LikePostCommand command);
}
