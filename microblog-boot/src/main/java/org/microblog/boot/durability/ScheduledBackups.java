package org.microblog.boot.durability;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the embedded database up on a schedule into {@code <data>/backups/}, keeping the newest
 * few. A backup in the data folder protects against mistakes and a damaged database, not against
 * losing the disk: copy the folder elsewhere too (see the README).
 */
@Singleton
final class ScheduledBackups implements ApplicationEventListener<ServerStartupEvent> {
  static final String FOLDER = "backups";
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackups.class);
  // Sorts by time as text, so the oldest files are the first names.
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final BackupWriter writer;
  private final BackupSettings settings;
  private final TaskScheduler scheduler;

  ScheduledBackups(
      BackupWriter writer,
      BackupSettings settings,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
    this.writer = writer;
    this.settings = settings;
    this.scheduler = scheduler;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    if (settings.enabled()) {
      scheduler.scheduleWithFixedDelay(settings.interval(), settings.interval(), this::backUp);
    }
  }

  void backUp() {
    try {
      if (!writer.isEmbedded()) {
        LOG.warn("Scheduled backups cover the embedded database only; use pg_dump for PostgreSQL");
        return;
      }
      Path folder = Files.createDirectories(writer.dataDirectory().resolve(FOLDER));
      writer.writeTo(folder.resolve("microblog-" + STAMP.format(Instant.now()) + ".zip"));
      deleteAllButNewest(folder);
    } catch (IOException | java.sql.SQLException | RuntimeException e) {
      // Logged, not thrown: a failed backup must not stop the next one or the server.
      LOG.error("Scheduled backup failed: {}", e.toString());
    }
  }

  private void deleteAllButNewest(Path folder) throws IOException {
    List<Path> backups;
    try (Stream<Path> files = Files.list(folder)) {
      backups =
          files
              .filter(p -> p.getFileName().toString().matches("microblog-.*\\.zip"))
              .sorted()
              .toList();
    }
    for (Path old : backups.subList(0, Math.max(0, backups.size() - settings.keep()))) {
      Files.deleteIfExists(old);
    }
  }
}
