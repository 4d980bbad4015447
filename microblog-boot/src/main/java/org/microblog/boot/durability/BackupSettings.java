package org.microblog.boot.durability;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Scheduled backups of the embedded database into {@code <data>/backups/}: every {@code interval}
 * (zero: never), keeping the newest {@code keep} files. Defaults are in application.yml.
 */
@ConfigurationProperties("microblog.backup")
record BackupSettings(Duration interval, int keep) {
  boolean enabled() {
    return !interval.isZero() && !interval.isNegative();
  }
}
