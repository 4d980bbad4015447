package org.microblog.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/** A database named by a JDBC URL: H2 (in PostgreSQL mode, like the app's) or PostgreSQL. */
final class Database {
  private final String url;
  private final String user;
  private final String password;

  Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static Database from(Args args) {
    String url = args.required("url");
    boolean h2 = url.startsWith("jdbc:h2:");
    return new Database(url, args.get("db-user", h2 ? "sa" : ""), args.get("db-password", ""));
  }

  boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The app's own migrations (db/migration in the persistence jar), as the app would run them. */
  void migrate() {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  Connection connect() throws SQLException {
    // PostgreSQL's driver sends a batch as one multi-row INSERT only when asked to.
    String target =
        isPostgres() && !url.contains("reWriteBatchedInserts")
            ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
            : url;
    return DriverManager.getConnection(target, user, password);
  }

  /** Empties every application table (Flyway's history stays). */
  void truncateAll(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs =
        meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.equalsIgnoreCase("flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      if (isPostgres()) {
        statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
      } else {
        // H2 refuses TRUNCATE on a table that a foreign key references, even an empty one.
        statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (String table : tables) {
          statement.execute("TRUNCATE TABLE " + table);
        }
        statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
      }
    }
    connection.commit();
  }

  /** Lets the app's next INSERT take the id after the seeded ones. */
  void restartIdentity(Connection connection, String table, long next) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (isPostgres()) {
        statement.execute(
            "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + (next - 1) + ")");
      } else {
        statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
      }
    }
    connection.commit();
  }

  /**
   * Fresh planner statistics, so the first requests already get the plans of a settled database.
   */
  void analyze(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(isPostgres() ? "VACUUM ANALYZE" : "ANALYZE");
    }
  }
}
