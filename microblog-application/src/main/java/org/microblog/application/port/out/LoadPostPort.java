package org.microblog.application.port.out;

import java.util.Optional;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;

/** Finds one stored post. */
public interface LoadPostPort {
  Optional<Post> findById(PostId id);
}
