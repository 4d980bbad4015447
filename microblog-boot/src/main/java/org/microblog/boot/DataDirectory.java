package org.microblog.boot;

import java.nio.file.Path;
import org.microblog.boot.config.DataDirectoryConfiguration;

/**
 * Where Microblog keeps its files on the embedded default: the H2 database and the development
 * signing secret, read before Micronaut starts from {@code MICROBLOG_DATA_DIR} (or the system
 * property {@value #PROPERTY}), with the default of {@link DataDirectoryConfiguration}.
 */
final class DataDirectory {
  static final String PROPERTY = "microblog.data-dir";
  private static final String VARIABLE = "MICROBLOG_DATA_DIR";

  private DataDirectory() {}

  /** True on the embedded default: no other database URL is configured. */
  static boolean holdsTheDatabase() {
    String url =
        System.getProperty("datasources.default.url", System.getenv("DATASOURCES_DEFAULT_URL"));
    return url == null || url.isBlank();
  }

  static Path fromEnvironment() {
    return DataDirectoryConfiguration.resolve(
        System.getProperty(PROPERTY, System.getenv(VARIABLE)));
  }
}
