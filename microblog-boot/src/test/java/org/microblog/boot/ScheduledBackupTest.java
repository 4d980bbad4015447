package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.adapter.web.testing.Browser;
import org.microblog.boot.durability.BackupCommandLine;

/**
 * MICROBLOG_BACKUP_INTERVAL and _KEEP: the embedded database is backed up into the data folder's
 * backups/ on schedule, only the newest few are kept, and each one restores.
 */
class ScheduledBackupTest {

  @Test
  void backsUpOnScheduleKeepsTheNewestAndEachRestores(@TempDir Path temp) throws IOException {
    Path data = temp.resolve("data");
    Path backups = data.resolve("backups");
    Set<String> seen = new TreeSet<>();
    Map<String, Object> properties =
        Map.of(
            DataDirectory.PROPERTY,
            data.toString(),
            "micronaut.server.port",
            -1,
            "microblog.bcrypt-cost",
            4,
            "microblog.backup.interval",
            "300ms",
            "microblog.backup.keep",
            2);
    try (ApplicationContext context =
            ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .properties(SigningSecret.properties(data))
                .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start()) {
      assertThat(new Browser(server.getURI()).register("sam", "scheduled-1").statusCode())
          .isEqualTo(303);
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (seen.size() < 4 && System.nanoTime() < deadline) {
        List<String> now = zips(backups);
        // A new backup is complete before the oldest goes, so for a moment there is one more.
        assertThat(now.size())
            .as("kept at most 2 (+1 being rotated): %s", now)
            .isLessThanOrEqualTo(3);
        seen.addAll(now);
        AppProcess.sleep(50);
      }
    }
    assertThat(seen).as("backups made").hasSizeGreaterThanOrEqualTo(4);
    List<String> kept = zips(backups);
    List<String> newestTwo = new TreeSet<>(seen).descendingSet().stream().limit(2).toList();
    assertThat(kept).hasSizeBetween(2, 3).contains(newestTwo.get(0));

    Path restored = temp.resolve("restored");
    int status =
        BackupCommandLine.run(
            "restore", new String[] {backups.resolve(newestTwo.get(0)).toString()}, restored);
    assertThat(status).isZero();
    assertThat(restored.resolve("microblog.mv.db")).exists();
    assertThat(restored.resolve("token-secret"))
        .hasSameTextualContentAs(data.resolve("token-secret"));
  }

  private static List<String> zips(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".zip"))
          .sorted()
          .toList();
    }
  }
}
