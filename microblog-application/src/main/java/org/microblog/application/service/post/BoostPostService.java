package org.microblog.application.service.post;

import java.time.Clock;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/**
 * Boosts a post that exists and is not deleted, stamped with the current time. This is where the
 * post's author learns of it: see {@link #boost}.
 */
public final class BoostPostService implements BoostPostUseCase {
  private final LoadPostPort posts;
  private final BoostPort boosts;
  private final Clock clock;

  public BoostPostService(LoadPostPort posts, BoostPort boosts, Clock clock) {
    this.posts = posts;
    this.boosts = boosts;
    this.clock = clock;
  }

  @Override
  public void boost(BoostPostCommand command) {
    Post post = posts.findById(command.post()).orElseThrow(PostId::unknown);
    Boost boost = new Boost(command.booster(), post.id(), clock.instant());
    if (!boosts.boost(boost)) {
      return; // boosted before: nothing changed, so there is nothing new to tell anyone
    }
    // NOTIFICATION HOOK (NotificationKind.BOOSTED, built beside this slice): raise it here, once
    // per
    // new boost, for
    //   Notification.of(post.authorId(), boost.booster(), NotificationKind.BOOSTED,
    //       Optional.of(post.id()), boost.boostedAt())
    // which is empty when people boost their own posts. Boosting twice never gets here twice;
    // unboosting and boosting again gets here with the same Notification.identity().
  }
}
