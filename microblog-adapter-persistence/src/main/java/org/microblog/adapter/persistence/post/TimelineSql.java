package org.microblog.adapter.persistence.post;

/**
 * The SQL of the timeline queries ({@link TimelineQueries}), public so that the benchmark's EXPLAIN
 * plans explain exactly the statements the app runs.
 */
public final class TimelineSql {
  private static final String SELECT = PostRowSql.SELECT;
  private static final String OLDER_THAN_CURSOR = " WHERE p.id < ? AND p.deleted = FALSE";
  private static final String NEWER_THAN_CURSOR = " WHERE p.id > ? AND p.deleted = FALSE";
  private static final String BY_READER_OR_FOLLOWED =
      " AND (p.author_id = ?"
          + " OR p.author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = ?))";
  private static final String BY_AUTHOR = " AND p.author_id = ?";
  private static final String NEWEST_FIRST = " ORDER BY p.id DESC LIMIT ";
  private static final String OLDEST_FIRST = " ORDER BY p.id ASC LIMIT ";

  // Each query ends in "LIMIT ", for the row count to follow. Parameters: cursor, reader, reader.
  public static final String HOME_OLDER =
      SELECT + OLDER_THAN_CURSOR + BY_READER_OR_FOLLOWED + NEWEST_FIRST;

  public static final String HOME_NEWER =
      SELECT + NEWER_THAN_CURSOR + BY_READER_OR_FOLLOWED + OLDEST_FIRST;

  // Parameters: cursor.
  public static final String EXPLORE_OLDER = SELECT + OLDER_THAN_CURSOR + NEWEST_FIRST;

  public static final String EXPLORE_NEWER = SELECT + NEWER_THAN_CURSOR + OLDEST_FIRST;

  // Parameters: cursor, author.
  public static final String BY_AUTHOR_OLDER =
      SELECT + OLDER_THAN_CURSOR + BY_AUTHOR + NEWEST_FIRST;

  public static final String BY_AUTHOR_NEWER =
      SELECT + NEWER_THAN_CURSOR + BY_AUTHOR + OLDEST_FIRST;

  private TimelineSql() {}
}
