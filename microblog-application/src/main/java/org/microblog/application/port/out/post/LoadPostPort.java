package org.microblog.application.port.out.post;

import java.util.List;
import java.util.Optional;
import org.microblog.domain.post.Post;
import org.microblog.domain.post.PostId;
import org.microblog.domain.user.UserId;

/** Finds stored posts. */
public interface LoadPostPort {
  Optional<Post> findById(PostId id);

  /** Every post of one author, newest first, for an export. */
  List<Post> allBy(UserId author);
}
