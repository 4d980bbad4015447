package org.microblog.boot;

import java.nio.file.Path;

/**
 * Where Microblog keeps its files on the embedded default: the H2 database and the development
 * signing secret. {@code ./data} unless {@code MICROBLOG_DATA_DIR} (or the system property {@value
 * #PROPERTY}) says otherwise.
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
    String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
    return Path.of(configured == null || configured.isBlank() ? "data" : configured)
        .toAbsolutePath()
        .normalize();
  }
}
