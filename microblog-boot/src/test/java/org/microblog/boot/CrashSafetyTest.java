package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * Nothing acknowledged is lost when the process dies: the real app in its own JVM, several people
 * posting at once, SIGKILL while posts are in flight, a restart on the same data. Every post whose
 * 303 was read must be there afterwards, and the database must open and serve.
 */
class CrashSafetyTest {
  private static final int WRITERS = 4;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

  @Test
  void everyAcknowledgedPostSurvivesSigkillOnTheEmbeddedDatabase(@TempDir Path data) {
    assertAcknowledgedPostsSurviveSigkill("H2", data, Map.of());
  }

  @Test
  void everyAcknowledgedPostSurvivesSigkillOnPostgres(@TempDir Path data) {
    try (PostgresSchema schema = PostgresSchema.createOrSkip()) {
      Map<String, String> postgres =
          Map.of(
              "DATASOURCES_DEFAULT_URL", schema.url(),
              "DATASOURCES_DEFAULT_USERNAME", "",
              "DATASOURCES_DEFAULT_PASSWORD", "");
      assertAcknowledgedPostsSurviveSigkill("PostgreSQL", data, postgres);
    }
  }

  private static void assertAcknowledgedPostsSurviveSigkill(
      String database, Path data, Map<String, String> environment) {
    Set<String> acknowledged;
    WriteLoad load;
    int attempted;
    try (AppProcess first = AppProcess.start(data, environment)) {
      load = new WriteLoad(first.uri(), "crash", WRITERS).start();
      load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_KILL);
      first.kill();
      load.stop();
      acknowledged = load.acknowledged();
      attempted = load.attempted();
    }

    try (AppProcess second = AppProcess.start(data, environment)) {
      assertThat(new Browser(second.uri()).get("/management/health/readiness").statusCode())
          .as("the database opens cleanly after the kill")
          .isEqualTo(200);
      Set<String> found = load.postsFoundAt(second.uri());
      System.out.printf(
          "crash test, %s: %d posts sent, %d acknowledged before SIGKILL, %d found after restart,"
              + " %d acknowledged but missing%n",
          database,
          attempted,
          acknowledged.size(),
          found.size(),
          acknowledged.stream().filter(text -> !found.contains(text)).count());
      assertThat(found).containsAll(acknowledged);
    }
  }
}
