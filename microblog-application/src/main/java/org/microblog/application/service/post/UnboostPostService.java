package org.microblog.application.service.post;

import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.UnboostPostUseCase;
import org.microblog.application.port.out.post.BoostPort;

/** Takes a boost back; unboosting what one does not boost (or a deleted post) changes nothing. */
public final class UnboostPostService implements UnboostPostUseCase {
  private final BoostPort boosts;

  public UnboostPostService(BoostPort boosts) {
    this.boosts = boosts;
  }

  @Override
  public void unboost(BoostPostCommand command) {
    boosts.unboost(command.booster(), command.post());
  }
}
