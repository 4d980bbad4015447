package org.microblog.application.port.out;

import org.microblog.domain.post.NewPost;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/** Stores and removes posts. */
public interface SavePostPort {
  Post insert(NewPost post);

  void delete(PostId id);
}
