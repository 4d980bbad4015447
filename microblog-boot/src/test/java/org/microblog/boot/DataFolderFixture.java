package org.microblog.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Data folders as earlier versions left them, each made by that version through its own pages (see
 * the README beside each under fixtures/), never by today's code, so they show what an upgrade
 * really meets.
 */
enum DataFolderFixture {
  /** Release 0.1: migrations V1 to V3. */
  V3("v3"),
  /** Tags, boosts, edits, notifications and stored counts: migrations V1 to V11. */
  V11("v11"),
  /** Private messages: migrations V1 to V12. */
  V12("v12"),
  /** Blocks, mutes, search, OAuth, jobs, follow ids: migrations V1 to V19. */
  V19("v19");

  /** Every fixture account's password. */
  static final String PASSWORD = "fixture-password";

  private final String folder;

  DataFolderFixture(String folder) {
    this.folder = folder;
  }

  /** Copies the fixture into {@code target} and returns it. */
  Path copyInto(Path target) {
    try {
      Path fixture =
          Path.of(
                  DataFolderFixture.class
                      .getResource("/fixtures/" + folder + "/microblog.mv.db")
                      .toURI())
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
