package org.microblog.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.application.port.out.job.ExportArchive;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.job.ExportedProfile;
import org.microblog.domain.job.JobId;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.Username;

/** The export folder loses the archives that are no longer offered, and nothing else. */
class ExportArchiveExpiryTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void archivesAndLeftoverPartsOlderThanTheCutoffAreRemoved(@TempDir Path data) throws Exception {
    try (ApplicationContext context =
        ApplicationContext.builder()
            .deduceEnvironment(false)
            .properties(
                Map.of(DataDirectory.PROPERTY, data.toString(), "microblog.jobs.enabled", false))
            .properties(SigningSecret.properties(data))
            .start()) {
      ExportArchivePort archives = context.getBean(ExportArchivePort.class);
      write(archives, new JobId(1));
      write(archives, new JobId(2));
      // What a worker killed mid-export leaves (a closed, unfinished archive removes its part).
      Files.writeString(data.resolve("exports").resolve("export-3.zip.part"), "half an archive");
      age(data, "export-1.zip", Duration.ofDays(8));
      age(data, "export-3.zip.part", Duration.ofDays(8));

      archives.deleteCompletedBefore(NOW.minus(Duration.ofDays(7)));

      assertThat(archives.open(new JobId(1))).as("eight days old").isEmpty();
      assertThat(archives.open(new JobId(2))).isPresent();
      try (Stream<Path> left = Files.walk(data)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .contains("export-2.zip")
            .doesNotContain("export-1.zip", "export-3.zip.part");
      }
    }
  }

  private static void write(ExportArchivePort archives, JobId job) {
    try (ExportArchive archive = archives.create(job)) {
      archive.profile(profile());
      archive.complete();
    }
  }

  private static ExportedProfile profile() {
    return new ExportedProfile(
        new Username("ada"), new EmailAddress("ada@example.org"), AboutMe.empty(), NOW);
  }

  private static void age(Path data, String name, Duration age) throws Exception {
    try (Stream<Path> files = Files.walk(data)) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + " not in " + listing(data)));
      Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
    }
  }

  private static String listing(Path data) {
    try (Stream<Path> files = Files.walk(data)) {
      return files.map(Path::toString).toList().toString();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
