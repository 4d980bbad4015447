package org.microblog.domain.post;

import java.util.Objects;
import org.microblog.domain.user.UserId;

/**
 * What the application knows about the post a reply answers, as loaded from storage: who wrote it
 * and whether it has been deleted (a deleted post keeps its place in its thread as a tombstone).
 */
public record ReplyTarget(PostId id, UserId authorId, boolean deleted) {
  public ReplyTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(authorId, "authorId");
  }
}
