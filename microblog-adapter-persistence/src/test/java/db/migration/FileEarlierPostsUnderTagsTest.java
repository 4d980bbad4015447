package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.microblog.adapter.persistence.PostgresProperties;

/**
 * V19 on a database that V1 to V18 left with posts written before the tag pages: each is filed
 * under its tags (keys case-folded, once per tag), boosts, tombstones and posts already filed are
 * left as they were, and the migration runs on both databases.
 */
class FileEarlierPostsUnderTagsTest {

  @Test
  void filesEarlierPostsUnderTheirTagsOnH2() throws SQLException {
    String url =
        "jdbc:h2:mem:tags"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    assertEarlierPostsFiled(url, null);
  }

  @Test
  void filesEarlierPostsUnderTheirTagsOnPostgres() throws SQLException {
    String url = System.getenv(PostgresProperties.URL_VARIABLE);
    assumeTrue(url != null && !url.isBlank(), "no PostgreSQL configured");
    String schema = "mb_v19_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try {
      assertEarlierPostsFiled(url, schema);
    } finally {
      try (Connection connection = DriverManager.getConnection(url);
          Statement drop = connection.createStatement()) {
        drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static void assertEarlierPostsFiled(String url, String schema) throws SQLException {
    migrate(url, schema, "18");
    try (Connection connection = connect(url, schema);
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO users (id, username, username_key, email, email_key, password_hash,"
              + " member_since, last_seen) VALUES (1, 'ada', 'ada', 'ada@example.org',"
              + " 'ada@example.org', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      sql.execute(
          "INSERT INTO posts (id, author_id, body, published_at) VALUES"
              + " (1, 1, 'Old post about #Java and #java and #Café', CURRENT_TIMESTAMP),"
              + " (2, 1, 'No tags here, only a # sign', CURRENT_TIMESTAMP),"
              + " (3, 1, 'Filed already: #kept', CURRENT_TIMESTAMP),"
              + " (5, 1, 'A deleted #secret', CURRENT_TIMESTAMP)");
      sql.execute(
          "INSERT INTO posts (id, author_id, body, published_at, boost_of_id)"
              + " VALUES (4, 1, '', CURRENT_TIMESTAMP, 1)");
      sql.execute("UPDATE posts SET deleted = TRUE WHERE id = 5");
      sql.execute("INSERT INTO post_tags (tag_key, post_id) VALUES ('kept', 3)");
    }

    migrate(url, schema, "latest");

    try (Connection connection = connect(url, schema);
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery("SELECT post_id, tag_key FROM post_tags ORDER BY post_id, tag_key")) {
      List<String> filed = new ArrayList<>();
      while (rows.next()) {
        filed.add(rows.getLong(1) + ":" + rows.getString(2));
      }
      assertThat(filed).containsExactly("1:café", "1:java", "3:kept");
    }
  }

  private static void migrate(String url, String schema, String target) {
    var configuration = Flyway.configure().dataSource(url, null, null).target(target);
    if (schema != null) {
      configuration.schemas(schema).createSchemas(true);
    }
    configuration.load().migrate();
  }

  private static Connection connect(String url, String schema) throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    if (schema != null) {
      connection.setSchema(schema);
    }
    return connection;
  }
}
