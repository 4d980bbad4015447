package org.microblog.adapter.web.api.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven built, from {@code microblog/version.properties}. */
final class BuildVersion {
  static final String VALUE = read();

  private BuildVersion() {}

  private static String read() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("/microblog/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
