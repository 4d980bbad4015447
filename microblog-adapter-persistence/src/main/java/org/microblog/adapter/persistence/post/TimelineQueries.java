package org.microblog.adapter.persistence.post;

import static org.microblog.adapter.persistence.post.TimelineSql.BY_AUTHOR_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.BY_AUTHOR_OLDER;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.EXPLORE_OLDER;
import static org.microblog.adapter.persistence.post.TimelineSql.HOME_NEWER;
import static org.microblog.adapter.persistence.post.TimelineSql.HOME_OLDER;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyset slices of post lists, each one statement joined with the authors (no query per post) and
 * bounded by a row limit. The cursor is a post id: {@code OLDER} reads the primary key (or {@code
 * ix_posts_author_id_id}) downwards from it, {@code NEWER} upwards, so a deep page costs what the
 * first one does. A direction needs its own statement because ORDER BY cannot be bound.
 *
 * <p>The row limit is written into the statement (a number from {@link
 * org.microblog.application.port.in.timeline.PageRequest}, never text), not bound. Bound, it left
 * PostgreSQL's plan cache unable to price a generic plan, so it planned every execution afresh:
 * half of the database's CPU per page (pgbench, explore query: 15,500 statements/s bound, 31,000
 * written in). Each page size is one more prepared statement per connection.
 *
 * <p>Rows are read by column position with plain JDBC, on Micronaut Data's connection (and inside
 * its transaction, if there is one). Its DTO mapping resolved each column's name for every row:
 * about a tenth of the home page's CPU under load (JFR), for five columns that never change.
 */
@Singleton
class TimelineQueries {
  private final JdbcOperations jdbc;

  TimelineQueries(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  List<PostRow> home(long reader, long cursor, boolean older, int max) {
    return rows((older ? HOME_OLDER : HOME_NEWER) + max, cursor, reader, reader);
  }

  List<PostRow> explore(long cursor, boolean older, int max) {
    return rows((older ? EXPLORE_OLDER : EXPLORE_NEWER) + max, cursor);
  }

  List<PostRow> byAuthor(long author, long cursor, boolean older, int max) {
    return rows((older ? BY_AUTHOR_OLDER : BY_AUTHOR_NEWER) + max, cursor, author);
  }

  private List<PostRow> rows(String sql, long... parameters) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              statement.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
              return read(rows);
            }
          }
        });
  }

  private static List<PostRow> read(ResultSet rows) throws SQLException {
    List<PostRow> posts = new ArrayList<>();
    while (rows.next()) {
      posts.add(
          new PostRow(
              rows.getLong(1),
              rows.getLong(2),
              rows.getString(3),
              rows.getString(4),
              rows.getObject(5, OffsetDateTime.class).toInstant()));
    }
    return posts;
  }
}
