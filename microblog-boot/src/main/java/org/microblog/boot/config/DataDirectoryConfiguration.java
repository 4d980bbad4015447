package org.microblog.boot.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * {@code microblog.data-dir} (environment {@code MICROBLOG_DATA_DIR}): the folder of the embedded
 * default's files (the H2 database, the development signing secret, mail files without SMTP,
 * backups). {@value #DEFAULT}, relative to the working directory, unless set. The main class reads
 * it before Micronaut starts ({@link #resolve}) and hands the resolved folder on as the property.
 */
@ConfigurationProperties("microblog")
public record DataDirectoryConfiguration(@Nullable String dataDir) {
  /** The folder when none is set: the one default. */
  public static final String DEFAULT = "data";

  /** The folder, absolute. */
  public Path path() {
    return resolve(dataDir);
  }

  /** The folder {@code configured} names, or the default when it names none; absolute. */
  public static Path resolve(@Nullable String configured) {
    return Path.of(configured == null || configured.isBlank() ? DEFAULT : configured)
        .toAbsolutePath()
        .normalize();
  }
}
