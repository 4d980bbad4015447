package org.microblog.application.port.in.post;

/** Takes a boost back; a post one does not boost stays unboosted. */
public interface UnboostPostUseCase {
  void unboost(BoostPostCommand command);
}
