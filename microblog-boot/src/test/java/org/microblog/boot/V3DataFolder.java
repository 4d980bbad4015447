package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A data folder as release 0.1 (schema V3) left it: made by that version through its own pages (see
 * fixtures/v3/README.md), never by today's code, so it shows what an upgrade really meets.
 */
final class V3DataFolder {
  static final String PASSWORD = "fixture-password";

  private V3DataFolder() {}

  /** Copies the fixture into {@code target} and returns it. */
  static Path copyInto(Path target) {
    try {
      Path fixture =
          Path.of(V3DataFolder.class.getResource("/fixtures/v3/microblog.mv.db").toURI())
              .getParent();
      Files.createDirectories(target);
      for (String name : new String[] {"microblog.mv.db", "token-secret"}) {
        Files.copy(
            fixture.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String jdbcUrl(Path dataFolder) {
    return "jdbc:h2:file:"
        + dataFolder.resolve("microblog")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }
}
