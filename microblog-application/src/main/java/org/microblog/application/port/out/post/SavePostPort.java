package org.microblog.application.port.out.post;

import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/** Stores and removes posts. */
public interface SavePostPort {
  /**
   * Stores the post, or, when its author already published a post with the same form token since
   * {@link NewPost#sameFormSince()}, returns that post and stores nothing (the same form submitted
   * twice). An older post with the token no longer counts: the token publishes a new post.
   */
  Post insert(NewPost post);

  /**
   * Deletes the post. One that has replies stays as a tombstone (its text gone, no longer found by
   * {@link LoadPostPort} or timelines) so that its replies keep their place in the thread.
   */
  void delete(PostId id);
}
