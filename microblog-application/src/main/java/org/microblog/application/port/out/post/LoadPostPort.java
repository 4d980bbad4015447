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

  /**
   * One slice of an author's posts for an export, newest first: at most {@code limit} of them,
   * older than {@code olderThan} when given. Paging through slices keeps any number in bounds.
   */
  List<Post> sliceBy(UserId author, Optional<PostId> olderThan, int limit);

  /** How many posts one author has (replies too; no boosts, no deleted ones). */
  long countBy(UserId author);
}
