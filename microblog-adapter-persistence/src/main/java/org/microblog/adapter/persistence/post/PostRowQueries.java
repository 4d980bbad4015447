package org.microblog.adapter.persistence.post;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one statement that selects {@link PostRowSql#COLUMNS} and reads its rows by column position
 * with plain JDBC, on Micronaut Data's connection (and inside its transaction, if there is one).
 * Its DTO mapping resolved each column's name for every row: about a tenth of the home page's CPU
 * under load (JFR), for columns that never change.
 */
@Singleton
class PostRowQueries {
  private final JdbcOperations jdbc;

  PostRowQueries(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  List<PostRow> rows(String sql, Object... parameters) {
    return rows(sql, PostRowQueries::post, parameters);
  }

  /**
   * Rows of a home timeline: {@link PostRowSql#COLUMNS}, then the entry's position and the name of
   * its author (the booster, when the position is not the post's own id).
   */
  List<TimelineRow> entries(String sql, Object... parameters) {
    return rows(
        sql,
        row -> {
          PostRow post = post(row);
          long position = row.getLong(PostRowSql.COLUMN_COUNT + 1);
          String booster =
              position == post.id() ? null : row.getString(PostRowSql.COLUMN_COUNT + 2);
          return new TimelineRow(position, booster, post);
        },
        parameters);
  }

  private <T> List<T> rows(String sql, RowReader<T> reader, Object... parameters) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
              List<T> read = new ArrayList<>();
              while (rows.next()) {
                read.add(reader.read(rows));
              }
              return read;
            }
          }
        });
  }

  private static PostRow post(ResultSet rows) throws SQLException {
    return new PostRow(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        rows.getString(4),
        rows.getObject(5, OffsetDateTime.class).toInstant(),
        rows.getString(6),
        rows.getLong(7),
        rows.getBoolean(8),
        rows.getLong(9),
        rows.getLong(10),
        instantOrNull(rows.getObject(11, OffsetDateTime.class)),
        rows.getString(12));
  }

  private static Instant instantOrNull(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
