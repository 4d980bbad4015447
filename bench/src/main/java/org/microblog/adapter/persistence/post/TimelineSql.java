package org.microblog.adapter.persistence.post;

/**
 * The exact SQL of the timeline queries, for the bench's EXPLAIN plans. {@link TimelineQueries} is
 * package-private; this class shares its package name from another module, and the constants are
 * compile-time constants, so the bench always explains the SQL that the app was built with.
 */
public final class TimelineSql {
  // Each ends in "LIMIT ": the app writes the row count in rather than binding it.
  /** Parameters: cursor, reader, reader. */
  public static final String HOME_OLDER = TimelineQueries.HOME_OLDER;

  /** Parameters: cursor. */
  public static final String EXPLORE_OLDER = TimelineQueries.EXPLORE_OLDER;

  /** Parameters: cursor, author. */
  public static final String BY_AUTHOR_OLDER = TimelineQueries.BY_AUTHOR_OLDER;

  private TimelineSql() {}
}
