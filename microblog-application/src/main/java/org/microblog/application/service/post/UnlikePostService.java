package org.microblog.application.service.post;

import org.microblog.application.port.in.post.LikePostCommand;
import org.microblog.application.port.in.post.UnlikePostUseCase;
import org.microblog.application.port.out.post.LikePort;
import org.microblog.domain.post.Like;

/** Takes a like back; unliking what one does not like (or a deleted post) changes nothing. */
public final class UnlikePostService implements UnlikePostUseCase {
  private final LikePort likes;

  public UnlikePostService(LikePort likes) {
    this.likes = likes;
  }

  @Override
  public void unlike(LikePostCommand command) {
    likes.unlike(new Like(command.reader(), command.post()));
  }
}
