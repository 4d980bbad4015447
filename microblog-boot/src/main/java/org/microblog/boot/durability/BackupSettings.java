package org.microblog.boot.durability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * Scheduled backups of the embedded database into {@code <data>/backups/}: every {@code interval}
 * (zero: never), keeping the newest {@code keep} files ({@code MICROBLOG_BACKUP_INTERVAL}, {@code
 * MICROBLOG_BACKUP_KEEP}). Unset values take the defaults written here: off, and 7 files.
 */
@ConfigurationProperties("microblog.backup")
record BackupSettings(@Nullable Duration interval, @Nullable Integer keep) {
  BackupSettings {
    interval = interval == null ? Duration.ZERO : interval;
    keep = keep == null ? 7 : keep;
  }

  boolean enabled() {
    return !interval.isZero() && !interval.isNegative();
  }
}
