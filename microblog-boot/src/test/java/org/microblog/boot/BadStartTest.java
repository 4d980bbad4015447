package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts that must not happen: the real main class in its own JVM refuses with one line on standard
 * error and a non-zero exit status, and leaves the data folder as it found it.
 */
class BadStartTest {

  @Test
  void refusesADataFolderOnAReadOnlyDisk(@TempDir Path parent) throws IOException {
    Path data = Files.createDirectory(parent.resolve("data"));
    try (TmpfsMount readOnly = TmpfsMount.mountOrSkip(data, "ro,size=64m")) {
      assertRefusesWith(data, Map.of(), "is not writable");
    }
  }

  @Test
  void refusesADataFolderOnAFullDisk(@TempDir Path parent) throws IOException {
    Path data = Files.createDirectory(parent.resolve("data"));
    try (TmpfsMount tiny = TmpfsMount.mountOrSkip(data, "size=1m")) {
      tiny.fill();
      List<Path> before = listing(data);

      assertRefusesWith(data, Map.of(), "is full");
      assertThat(listing(data)).isEqualTo(before);
    }
  }

  @Test
  void refusesADamagedSigningSecret(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("token-secret"), "half-a-secr");

    assertRefusesWith(data, Map.of(), "token-secret is damaged");
    assertThat(listing(data)).containsExactly(data.resolve("token-secret"));
    assertThat(Files.readString(data.resolve("token-secret"))).isEqualTo("half-a-secr");
  }

  @Test
  void refusesADatabaseFromANewerVersion(@TempDir Path data) throws SQLException {
    DataFolderFixture.V3.copyInto(data);
    execute(
        data,
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, installed_on, execution_time, success) VALUES (100, '99',"
            + " 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', CURRENT_TIMESTAMP,"
            + " 1, TRUE)");

    long migrations = count(data, "SELECT COUNT(*) FROM flyway_schema_history");
    long posts = count(data, "SELECT COUNT(*) FROM posts");

    assertRefusesWith(data, Map.of(), "written by a newer version of Microblog");
    assertThat(count(data, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(migrations);
    assertThat(count(data, "SELECT COUNT(*) FROM posts")).isEqualTo(posts);
  }

  @Test
  void refusesADatabaseWhoseMigrationFailsAndLeavesItAsItWas(@TempDir Path data)
      throws SQLException, IOException {
    Flyway.configure()
        .dataSource(DataFolderFixture.jdbcUrl(data), "sa", "")
        .locations("classpath:db/migration")
        .target("2")
        .load()
        .migrate();
    // Someone added V3's column by hand: V3 cannot add it again.
    execute(data, "ALTER TABLE posts ADD COLUMN form_token VARCHAR(64)");
    Files.writeString(data.resolve("token-secret"), "a".repeat(43));

    List<Path> before = listing(data);

    assertRefusesWith(data, Map.of(), "could not be migrated");
    assertThat(count(data, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '3'"))
        .as("no trace of the failed migration")
        .isZero();
    assertThat(listing(data)).isEqualTo(before);
  }

  private static void assertRefusesWith(Path data, Map<String, String> env, String reason) {
    try (AppProcess app = AppProcess.launch(List.of(), data, env)) {
      assertThat(app.awaitExit(Duration.ofSeconds(90))).as("exits by itself").isTrue();
      assertThat(app.process().exitValue()).as(app.output()).isNotZero();
      assertThat(app.errors().lines().toList())
          .as(app.output())
          .singleElement()
          .asString()
          .startsWith("Microblog will not start: ")
          .contains(reason);
    }
  }

  /** The folder's files, without H2's error log (microblog.trace.db), which may record why. */
  private static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.toString().endsWith(".trace.db")).sorted().toList();
    }
  }

  private static void execute(Path data, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(DataFolderFixture.jdbcUrl(data), "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long count(Path data, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(DataFolderFixture.jdbcUrl(data), "sa", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
