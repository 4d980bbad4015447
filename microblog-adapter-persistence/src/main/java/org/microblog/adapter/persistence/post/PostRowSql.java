package org.microblog.adapter.persistence.post;

/** The columns every post list selects, in the order {@link PostRowQueries} reads them. */
final class PostRowSql {
  static final String COLUMNS =
      "p.id, p.author_id, u.username, p.body, p.published_at, p.spoiler, p.like_count, p.deleted,"
          + " p.reply_count, p.boost_count, p.edited_at, p.language";

  /** How many columns {@link #COLUMNS} selects; a query may select more after them. */
  static final int COLUMN_COUNT = 12;

  /** Posts joined with their authors. */
  static final String SELECT =
      "SELECT " + COLUMNS + " FROM posts p JOIN users u ON u.id = p.author_id";

  private PostRowSql() {}
}
