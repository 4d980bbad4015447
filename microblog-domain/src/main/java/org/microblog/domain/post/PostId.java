package org.microblog.domain.post;

import org.microblog.domain.shared.DomainException;

/** Identity of a post; positive and increasing in the order posts were stored. */
public record PostId(long value) {
  public PostId {
    if (value <= 0) {
      throw new IllegalArgumentException("post id must be positive: " + value);
    }
  }

  /** The refusal for an id that names no post (never stored, or deleted). */
  public static DomainException unknown() {
    return DomainException.notFound("post.unknown", "That post does not exist.");
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
