package org.microblog.adapter.persistence.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Plain JDBC writes with numeric parameters, for adapters that move stored counts by hand. */
public final class Updates {
  private Updates() {}

  /** Runs {@code sql} with {@code parameters} bound in order; returns the rows it changed. */
  public static int update(Connection connection, String sql, long... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setLong(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
