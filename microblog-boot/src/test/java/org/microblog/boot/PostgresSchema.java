package org.microblog.boot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty schema in the PostgreSQL test database named by {@code
 * MICROBLOG_TEST_POSTGRES_URL}, dropped again afterwards. Tests using it are skipped, with a
 * message, where no PostgreSQL is configured.
 */
final class PostgresSchema implements AutoCloseable {
  static final String VARIABLE = "MICROBLOG_TEST_POSTGRES_URL";
  private final String baseUrl;
  private final String name =
      "mb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  private PostgresSchema(String baseUrl) {
    this.baseUrl = baseUrl;
    execute("CREATE SCHEMA " + name);
  }

  static PostgresSchema createOrSkip() {
    String url = System.getenv(VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        VARIABLE + " not set: PostgreSQL multi-instance tests skipped");
    return new PostgresSchema(url);
  }

  /** The JDBC URL of the schema, optionally through another port (a proxy). */
  String url(int port) {
    URI uri = URI.create(baseUrl.substring("jdbc:".length()));
    String query = uri.getQuery() == null ? "" : uri.getQuery() + "&";
    return "jdbc:postgresql://"
        + uri.getHost()
        + ":"
        + port
        + uri.getPath()
        + "?"
        + query
        + "currentSchema="
        + name;
  }

  String url() {
    return url(URI.create(baseUrl.substring("jdbc:".length())).getPort());
  }

  int port() {
    return URI.create(baseUrl.substring("jdbc:".length())).getPort();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(baseUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test schema: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }
}
