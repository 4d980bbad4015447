package org.microblog.application.service.post;

import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.LikePostUseCase;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.application.port.out.post.LoadPostPort;
import org.microblog.domain.post.Like;
import org.microblog.domain.post.PostId;

/** Likes a post that exists and is not deleted. */
public final class LikePostService implements LikePostUseCase {
  private final LoadPostPort posts;
  private final LikePort likes;

  public LikePostService(LoadPostPort posts, LikePort likes) {
    this.posts = posts;
    this.likes = likes;
  }

  @Override
  public void like(LikePostCommand command) {
    if (posts.findById(command.post()).isEmpty()) {
      throw PostId.unknown();
    }
    likes.like(new Like(command.reader(), command.post()));
  }
}
