package org.microblog.boot.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.time.Duration;
import org.microblog.boot.config.DataDirectoryConfiguration;

/**
 * {@code microblog.jobs.*}: the background worker of every instance.
 *
 * @param enabled whether this instance runs jobs at all (default true; an instance that only serves
 *     pages may leave them to others)
 * @param pollInterval how long an idle worker waits before looking for due jobs again (default 1s)
 * @param lease how long a worker holds a job between two progress reports before another instance
 *     takes it as abandoned (default 60s)
 * @param exportFolder where export archives are written (default {@code <data-dir>/exports}); on
 *     several instances, a folder they share
 */
@ConfigurationProperties("microblog.jobs")
public record JobsConfiguration(
    @Nullable Boolean enabled,
    @Nullable Duration pollInterval,
    @Nullable Duration lease,
    @Nullable String exportFolder) {
  static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
  static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  static final String DEFAULT_EXPORT_FOLDER = "exports";

  public boolean enabledOrDefault() {
    return enabled == null || enabled;
  }

  public Duration pollIntervalOrDefault() {
    return positiveOr(pollInterval, DEFAULT_POLL_INTERVAL);
  }

  public Duration leaseOrDefault() {
    return positiveOr(lease, DEFAULT_LEASE);
  }

  /** The export folder, absolute. */
  public Path exportFolder(DataDirectoryConfiguration data) {
    return exportFolder == null || exportFolder.isBlank()
        ? data.path().resolve(DEFAULT_EXPORT_FOLDER)
        : Path.of(exportFolder).toAbsolutePath().normalize();
  }

  private static Duration positiveOr(@Nullable Duration value, Duration fallback) {
    return value == null || value.isNegative() || value.isZero() ? fallback : value;
  }
}
