package org.microblog.application.port.in.post;

import java.util.Objects;
import java.util.Set;
import org.microblog.domain.post.PostId;

/**
 * What one reader did to the posts of a page: which of them they like and which they boost, so that
 * each card offers the button that undoes it.
 */
public record ReaderInteractions(Set<PostId> liked, Set<PostId> boosted) {
  public static final ReaderInteractions NONE = new ReaderInteractions(Set.of(), Set.of());

  public ReaderInteractions {
    liked = Set.copyOf(Objects.requireNonNull(liked, "liked"));
    boosted = Set.copyOf(Objects.requireNonNull(boosted, "boosted"));
  }

  public boolean likes(PostId post) {
    return liked.contains(post);
  }

  public boolean boosts(PostId post) {
    return boosted.contains(post);
  }
}
