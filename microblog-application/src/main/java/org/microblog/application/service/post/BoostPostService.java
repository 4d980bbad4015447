package org.microblog.application.service.post;

import java.time.Clock;
import java.util.Optional;
import org.microblog.application.port.in.post.BoostPostCommand;
import org.microblog.application.port.in.post.BoostPostUseCase;
import org.microblog.application.port.out.post.BoostPort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.notification.Notification;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.Boost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/**
 * Boosts a post that exists and is not deleted, stamped with the current time, and tells its author
 * when the boost is new (never of their own boost; once, however often it is boosted again, as the
 * notifications keep one per identity). Never across a block.
 */
public final class BoostPostService implements BoostPostUseCase {
  private final LoadPostPort posts;
  private final BoostPort boosts;
  private final Notifier notifier;
  private final Clock clock;
  private final BlockGuard blocks;

  public BoostPostService(
      LoadPostPort posts, BoostPort boosts, Notifier notifier, Clock clock, BlockGuard blocks) {
    this.posts = posts;
    this.boosts = boosts;
    this.notifier = notifier;
    this.clock = clock;
    this.blocks = blocks;
  }

  @Override
  public void boost(BoostPostCommand command) {
    Post post = posts.findById(command.post()).orElseThrow(PostId::unknown);
    blocks.refuseAcrossBlock(command.booster(), post.authorId(), Interaction.BOOST);
    Boost boost = new Boost(command.booster(), post.id(), clock.instant());
    if (!boosts.boost(boost)) {
      return; // boosted before: nothing changed, so there is nothing new to tell anyone
    }
    Notification.of(
            post.authorId(),
            boost.booster(),
            NotificationKind.BOOSTED,
            Optional.of(post.id()),
            boost.boostedAt())
        .ifPresent(notifier::notify);
  }
}
