package org.microblog.application.service.post;

import java.util.Optional;
import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.application.service.block.BlockGuard;
import org.microblog.application.service.notification.Notifier;
import org.microblog.domain.block.Interaction;
import org.microblog.domain.notification.NotificationKind;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/**
 * Likes a post that exists and is not deleted, and tells its author (once, however often it is
 * liked again); never across a block.
 */
public final class LikePostService implements LikePostUseCase {
  private final LoadPostPort posts;
  private final LikePort likes;
  private final Notifier notifier;
  private final BlockGuard blocks;

  public LikePostService(LoadPostPort posts, LikePort likes, Notifier notifier, BlockGuard blocks) {
    this.posts = posts;
    this.likes = likes;
    this.notifier = notifier;
    this.blocks = blocks;
  }

  @Override
  public void like(LikePostCommand command) {
    Post post = posts.findById(command.post()).orElseThrow(PostId::unknown);
    blocks.refuseAcrossBlock(command.reader(), post.authorId(), Interaction.LIKE);
    likes.like(new Like(command.reader(), post.id()));
    notifier.notify(
        post.authorId(), command.reader(), NotificationKind.LIKED, Optional.of(post.id()));
  }
}
