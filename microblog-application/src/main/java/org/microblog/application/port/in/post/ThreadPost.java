package org.microblog.application.port.in.post;

import java.util.Objects;
import java.util.Optional;
import org.microblog.domain.post.PostId;

/**
 * One place in a thread: a post, or, when its author deleted it after it was answered, a tombstone
 * that keeps its replies where they were ({@code post} empty: "This post was deleted").
 */
public record ThreadPost(PostId id, Optional<PostView> post) {
  public ThreadPost {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(post, "post");
  }

  public static ThreadPost of(PostView post) {
    return new ThreadPost(post.id(), Optional.of(post));
  }

  public static ThreadPost deleted(PostId id) {
    return new ThreadPost(id, Optional.empty());
  }

  public boolean isDeleted() {
    return post.isEmpty();
  }
}
