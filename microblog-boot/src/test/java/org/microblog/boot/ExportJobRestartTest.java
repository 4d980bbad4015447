package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;

/**
 * A job survives its instance: an export is asked for, the instance dies (SIGKILL) while the job is
 * running (the row and a half-written archive are left as a dying worker leaves them), and the next
 * start takes the job up again once its lease has run out and finishes it: 10,000 posts in a zip
 * with the profile, posts, messages and an ActivityStreams outbox.
 */
class ExportJobRestartTest {
  private static final int POSTS = 10_000;

  @Test
  void anExportCutOffMidWayIsFinishedAfterARestart(@TempDir Path data) throws Exception {
    try (AppProcess first = AppProcess.start(data, Map.of("MICROBLOG_JOBS_ENABLED", "false"))) {
      Browser ada = new Browser(first.uri());
      ada.register("ada", "a long enough password");
      ada.logIn("ada", "a long enough password").visit("/settings/export");
      assertThat(Browser.location(ada.post("/settings/export", Map.of())))
          .isEqualTo("/settings/export?requested");
      assertThat(Browser.html(ada.get("/settings/export")).select("#export-status").text())
          .contains("Queued");
      first.kill();
    }
    long job = leaveAsADeadWorkerWould(data);

    Map<String, String> jobs =
        Map.of("MICROBLOG_JOBS_LEASE", "3s", "MICROBLOG_JOBS_POLL_INTERVAL", "200ms");
    try (AppProcess restarted = AppProcess.start(data, jobs)) {
      Browser ada = new Browser(restarted.uri()).logIn("ada", "a long enough password");
      Document running = Browser.html(ada.get("/settings/export"));
      assertThat(running.select("progress#export-progress").attr("value"))
          .as("the dead worker's progress, until the lease runs out")
          .isEqualTo("30");
      long started = System.nanoTime();

      String link = Exports.awaitDownloadLink(ada, Duration.ofSeconds(120));
      System.out.printf(
          "export of %d posts taken up and done %d ms after the restart (lease wait included)%n",
          POSTS, (System.nanoTime() - started) / 1_000_000);
      Map<String, String> zip = Exports.download(ada, link);

      assertThat(zip.keySet())
          .containsExactly("profile.json", "posts.json", "messages.json", "outbox.json");
      assertThat(zip.get("profile.json")).contains("\"username\":\"ada\"");
      assertThat(zip.get("profile.json")).doesNotContain("password");
      assertThat(occurrences(zip.get("posts.json"), "\"publishedAt\"")).isEqualTo(POSTS);
      assertThat(zip.get("posts.json")).contains("\"text\":\"seeded <post> 10000 & more\"");
      assertThat(zip.get("messages.json")).isEqualTo("[]");
      String outbox = zip.get("outbox.json");
      assertThat(outbox)
          .startsWith("{\"@context\":\"https://www.w3.org/ns/activitystreams\"")
          .contains("\"type\":\"OrderedCollection\"")
          .contains("\"type\":\"Create\"")
          .contains("\"type\":\"Note\"")
          .contains("\"content\":\"<p>seeded &lt;post&gt; 10000 &amp; more</p>\"")
          .endsWith("\"totalItems\":" + POSTS + "}");
      assertThat(Files.exists(data.resolve("exports/export-" + job + ".zip.part"))).isFalse();
      assertThat(ada.get("/settings/export/" + (job + 1) + "/download").statusCode())
          .isEqualTo(404);
      assertThat(new Browser(restarted.uri()).get(link).statusCode())
          .as("anonymous")
          .isEqualTo(303);

      long again = System.nanoTime();
      Map<String, String> next = Exports.exportOf(ada, Duration.ofSeconds(120));
      System.out.printf(
          "a new export of %d posts: from asking to downloading in %d ms%n",
          POSTS, (System.nanoTime() - again) / 1_000_000);
      assertThat(occurrences(next.get("outbox.json"), "\"type\":\"Note\"")).isEqualTo(POSTS);
    }
  }

  /**
   * Seeds the posts, then marks the export as claimed by a worker whose lease runs out in a few
   * seconds, with some progress and a half-written archive: what a SIGKILL mid-export leaves.
   */
  private static long leaveAsADeadWorkerWould(Path data) throws SQLException, IOException {
    try (Connection db = DriverManager.getConnection(DataFolderFixture.jdbcUrl(data), "sa", "");
        Statement statement = db.createStatement()) {
      long ada = single(db, "SELECT id FROM users WHERE username = 'ada'");
      statement.executeUpdate(
          "INSERT INTO posts (author_id, body, published_at)"
              + " SELECT "
              + ada
              + ", 'seeded <post> ' || r.n || ' & more', CURRENT_TIMESTAMP"
              + " FROM SYSTEM_RANGE(1, "
              + POSTS
              + ") AS r(n)");
      long job = single(db, "SELECT id FROM jobs WHERE kind = 'EXPORT'");
      statement.executeUpdate(
          "UPDATE jobs SET state = 'RUNNING', attempts = 1, progress = 30,"
              + " lease_until = DATEADD('SECOND', 40, CURRENT_TIMESTAMP) WHERE id = "
              + job);
      Path exports = Files.createDirectories(data.resolve("exports"));
      Files.writeString(exports.resolve("export-" + job + ".zip.part"), "PK half an archive");
      statement.execute("SHUTDOWN");
      return job;
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
