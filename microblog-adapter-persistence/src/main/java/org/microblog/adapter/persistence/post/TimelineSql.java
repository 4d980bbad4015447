package org.microblog.adapter.persistence.post;

import static org.microblog.adapter.persistence.block.BlockSql.visibleTo;

/**
 * The SQL of the timeline queries ({@link TimelineQueries}), public so that the benchmark's EXPLAIN
 * plans explain exactly the statements the app runs.
 *
 * <p>Home timelines read entries: rows of {@code posts} that are the circle's posts or its boosts
 * (a boost is a row that points at the post it shares, with an id from the same sequence). The
 * cursor is an entry's id, so a page is still one backwards range of the primary key. A post shows
 * once, at its newest entry: an entry is left out when a newer boost of the same post by the circle
 * exists, anywhere, which is a {@code NOT EXISTS} probe of {@code ix_posts_boost_of_id_id} per
 * entry read (no grouping of the whole timeline). Every other list reads posts only ({@code
 * boost_of_id IS NULL}).
 *
 * <p>Home timelines always, and explore and tags for a logged-in viewer ({@code *_SEEN_BY}), leave
 * out whoever is across a block from the reader or muted by them ({@link
 * org.microblog.adapter.persistence.block.BlockSql}): every parameter after the cursor (and a tag's
 * key) is the reader.
 */
public final class TimelineSql {
  private static final String SELECT = PostRowSql.SELECT;
  private static final String POSTS_ONLY = " AND p.deleted = FALSE AND p.boost_of_id IS NULL";
  private static final String OLDER_THAN_CURSOR = " WHERE p.id < ?" + POSTS_ONLY;
  private static final String NEWER_THAN_CURSOR = " WHERE p.id > ?" + POSTS_ONLY;
  private static final String BY_AUTHOR = " AND p.author_id = ?";
  private static final String NEWEST_FIRST = " ORDER BY p.id DESC LIMIT ";
  private static final String OLDEST_FIRST = " ORDER BY p.id ASC LIMIT ";

  /** Entries (e) with the posts they show (p) and their own authors (eu: boosters). */
  private static final String HOME_SELECT =
      "SELECT "
          + PostRowSql.COLUMNS
          + ", e.id, eu.username FROM posts e"
          + " JOIN posts p ON p.id = COALESCE(e.boost_of_id, e.id)"
          + " JOIN users u ON u.id = p.author_id"
          + " JOIN users eu ON eu.id = e.author_id";

  /** A newer boost by someone the reader sees (hidden boosters place nothing). */
  private static final String NO_NEWER_ENTRY =
      " AND NOT EXISTS (SELECT 1 FROM posts n WHERE n.boost_of_id = p.id AND n.id > e.id AND"
          + inCircle("n")
          + visibleTo("n.author_id")
          + ")";

  /** Neither the entry's author (a booster) nor the post's may be hidden from the reader. */
  private static final String HOME_VISIBLE =
      visibleTo("e.author_id") + visibleTo("p.author_id") + NO_NEWER_ENTRY;

  // Each query ends in "LIMIT ", for the row count to follow.
  // Parameters: cursor, then the reader for every other placeholder.
  public static final String HOME_OLDER =
      HOME_SELECT
          + " WHERE e.id < ? AND e.deleted = FALSE AND"
          + inCircle("e")
          + HOME_VISIBLE
          + " ORDER BY e.id DESC LIMIT ";

  public static final String HOME_NEWER =
      HOME_SELECT
          + " WHERE e.id > ? AND e.deleted = FALSE AND"
          + inCircle("e")
          + HOME_VISIBLE
          + " ORDER BY e.id ASC LIMIT ";

  // Parameters: cursor.
  public static final String EXPLORE_OLDER = SELECT + OLDER_THAN_CURSOR + NEWEST_FIRST;

  public static final String EXPLORE_NEWER = SELECT + NEWER_THAN_CURSOR + OLDEST_FIRST;

  // Parameters: cursor, viewer, viewer, viewer.
  public static final String EXPLORE_OLDER_SEEN_BY =
      SELECT + OLDER_THAN_CURSOR + visibleTo("p.author_id") + NEWEST_FIRST;

  public static final String EXPLORE_NEWER_SEEN_BY =
      SELECT + NEWER_THAN_CURSOR + visibleTo("p.author_id") + OLDEST_FIRST;

  // Parameters: cursor, author.
  public static final String BY_AUTHOR_OLDER =
      SELECT + OLDER_THAN_CURSOR + BY_AUTHOR + NEWEST_FIRST;

  public static final String BY_AUTHOR_NEWER =
      SELECT + NEWER_THAN_CURSOR + BY_AUTHOR + OLDEST_FIRST;

  /**
   * A tag's posts, newest first ({@code older}) or oldest first from the cursor: at most {@code
   * max} ids from a range of {@code pk_post_tags} (tag_key, post_id), then those posts by primary
   * key. The limit sits inside, on the tag's own index, so that a rare tag never makes the planner
   * walk the posts instead. Every filed post is live: a tombstone leaves its tags, a boost has
   * none. Parameters: the tag's key, cursor.
   */
  public static String tagged(boolean older, int max) {
    String order = older ? " DESC" : " ASC";
    return "SELECT "
        + PostRowSql.COLUMNS
        + " FROM (SELECT post_id FROM post_tags WHERE tag_key = ? AND post_id "
        + (older ? "<" : ">")
        + " ? ORDER BY post_id"
        + order
        + " LIMIT "
        + max
        + ") t JOIN posts p ON p.id = t.post_id JOIN users u ON u.id = p.author_id"
        + " ORDER BY t.post_id"
        + order;
  }

  /**
   * A tag's posts as a logged-in viewer sees them: as {@link #tagged}, but the limited range of
   * {@code pk_post_tags} joins each filed post (by primary key) to leave out hidden authors before
   * the limit, so that a page is full whenever more visible posts exist. Parameters: the tag's key,
   * cursor, viewer, viewer, viewer.
   */
  public static String taggedSeenBy(boolean older, int max) {
    String order = older ? " DESC" : " ASC";
    return "SELECT "
        + PostRowSql.COLUMNS
        + " FROM (SELECT t.post_id FROM post_tags t JOIN posts a ON a.id = t.post_id"
        + " WHERE t.tag_key = ? AND t.post_id "
        + (older ? "<" : ">")
        + " ?"
        + visibleTo("a.author_id")
        + " ORDER BY t.post_id"
        + order
        + " LIMIT "
        + max
        + ") t JOIN posts p ON p.id = t.post_id JOIN users u ON u.id = p.author_id"
        + " ORDER BY t.post_id"
        + order;
  }

  private TimelineSql() {}

  /** The row's author is the reader or someone they follow. Parameters: reader, reader. */
  private static String inCircle(String alias) {
    return " ("
        + alias
        + ".author_id = ? OR "
        + alias
        + ".author_id IN (SELECT f.followed_id FROM follows f WHERE f.follower_id = ?))";
  }
}
