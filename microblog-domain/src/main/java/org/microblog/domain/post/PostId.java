package org.microblog.domain.post;

/** Identity of a post; positive and increasing in the order posts were stored. */
public record PostId(long value) {
  public PostId {
    if (value <= 0) {
      throw new IllegalArgumentException("post id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
