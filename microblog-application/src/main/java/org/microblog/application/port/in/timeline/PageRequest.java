package org.microblog.application.port.in.timeline;

/**
 * Which slice of a newest-first list of posts to show, by keyset: posts older than a cursor, or
 * newer than it. A cursor is a post id, so deep pages cost the same as the first one.
 *
 * @param direction whether the slice lies before (older) or after (newer) the cursor
 * @param cursor the post id the slice starts next to (exclusive)
 * @param size how many posts a page shows
 */
public record PageRequest(Direction direction, long cursor, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Which side of the cursor the page lies on. */
  public enum Direction {
    OLDER,
    NEWER
  }

  public PageRequest {
    if (direction == null) {
      throw new IllegalArgumentException("direction is required");
    }
    if (cursor < 0) {
      throw new IllegalArgumentException("cursor must not be negative: " + cursor);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ": " + size);
    }
  }

  /** The newest posts. */
  public static PageRequest first() {
    return new PageRequest(Direction.OLDER, Long.MAX_VALUE, DEFAULT_SIZE);
  }

  public static PageRequest olderThan(long postId) {
    return new PageRequest(Direction.OLDER, postId, DEFAULT_SIZE);
  }

  public static PageRequest newerThan(long postId) {
    return new PageRequest(Direction.NEWER, postId, DEFAULT_SIZE);
  }

  public boolean isFirst() {
    return direction == Direction.OLDER && cursor == Long.MAX_VALUE;
  }

  /** One more than the page size: the extra row tells whether another page follows. */
  public int fetchSize() {
    return size + 1;
  }
}
