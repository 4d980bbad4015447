package org.microblog.application.port.in.post;

/**
 * Shares a post with one's followers: it appears in their home timelines as boosted by the booster.
 * Boosting it again changes nothing.
 */
public interface BoostPostUseCase {
  /**
   * @throws org.microblog.domain.shared.DomainException NOT_FOUND for an unknown or deleted post
   */
  void boost(BoostPostCommand command);
}
