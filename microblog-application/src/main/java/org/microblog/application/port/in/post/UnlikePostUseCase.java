package org.microblog.application.port.in.post;

/** Stops liking a post; a post one does not like stays unliked. */
public interface UnlikePostUseCase {
  void unlike(LikePostCommand command);
}
