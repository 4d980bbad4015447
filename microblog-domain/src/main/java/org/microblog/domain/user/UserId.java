package org.microblog.domain.user;

/** Identity of a user; positive, assigned when the user is stored. */
public record UserId(long value) {
  public UserId {
    if (value <= 0) {
      throw new IllegalArgumentException("user id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
