package org.microblog.adapter.persistence.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps one {@link H2WordIndex} in step with its table after every insert and update: a row whose
 * indexed text changed gets its words replaced, so updates that touch other columns (last seen,
 * counts) cost nothing. Deleted rows leave the index by its foreign key's cascade.
 */
abstract class H2WordsTrigger implements Trigger {
  private final H2WordIndex index;
  private final Map<String, Integer> columns = new HashMap<>();

  H2WordsTrigger(H2WordIndex index) {
    this.index = index;
  }

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    try (ResultSet found = connection.getMetaData().getColumns(null, schema, table, null)) {
      while (found.next()) {
        columns.put(
            found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
            found.getInt("ORDINAL_POSITION") - 1);
      }
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    String before = oldRow == null ? null : indexedText(oldRow);
    String after = newRow == null ? null : indexedText(newRow);
    if (oldRow != null && Objects.equals(before, after)) {
      return;
    }
    Object[] row = newRow == null ? oldRow : newRow;
    index.replace(connection, ((Number) row[columns.get("id")]).longValue(), after);
  }

  /** The value of a column of the row. */
  final Object value(Object[] row, String column) {
    return row[columns.get(column)];
  }

  /** What the row is found by, or null when it is not to be found. */
  abstract String indexedText(Object[] row);
}
