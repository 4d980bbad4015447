package org.microblog.boot.durability;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * H2 cannot roll back DDL, so a migration that fails half-way on the embedded database would leave
 * it half-migrated (and Flyway's record of the failure in it). Before the first pending migration
 * runs, H2 copies the database; if migrating fails, the database is closed and the copy put back,
 * so a failed upgrade leaves the data folder as it was. Nothing is copied when nothing is pending,
 * and PostgreSQL rolls a failed migration back by itself.
 */
public final class MigrationSafetyCopy implements Callback {
  private static final String COPY = ".before-migration.zip";

  /**
   * Set when a migration failed: putting the copy back must wait until Flyway has finished with its
   * connection (closing the database under it would hide the real error behind "already closed"),
   * which is when Micronaut reports the failed start.
   */
  private static final AtomicReference<Runnable> PUT_BACK = new AtomicReference<>();

  private final Path dataDirectory;
  private boolean copied;
  private boolean hadTrace;

  private MigrationSafetyCopy(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** Registered under the datasource's name, where Micronaut's Flyway integration looks. */
  @Factory
  static final class Registration {
    @Bean
    @Named("default")
    Callback[] migrationSafetyCopy(@Value("${microblog.data-dir}") String dataDirectory) {
      return new Callback[] {new MigrationSafetyCopy(Path.of(dataDirectory))};
    }
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_EACH_MIGRATE
        || event == Event.AFTER_MIGRATE
        || event == Event.AFTER_MIGRATE_ERROR;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      Connection connection = context.getConnection();
      if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      Path copy = dataDirectory.resolve(COPY);
      if (event == Event.BEFORE_EACH_MIGRATE && !copied) {
        execute(connection, "BACKUP TO '" + copy.toString().replace("'", "''") + "'");
        copied = true;
        hadTrace = Files.exists(trace());
      } else if (event == Event.AFTER_MIGRATE_ERROR && copied) {
        String url = connection.getMetaData().getURL();
        PUT_BACK.set(() -> putBack(url, copy));
      } else if (event == Event.AFTER_MIGRATE) {
        Files.deleteIfExists(copy);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("migration safety copy: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * After a failed start: closes the embedded database and puts the copy taken before migrating
   * back. True when there was one to put back.
   */
  public static boolean putBackAfterFailedMigration() {
    Runnable putBack = PUT_BACK.getAndSet(null);
    if (putBack == null) {
      return false;
    }
    putBack.run();
    return true;
  }

  private void putBack(String url, Path copy) {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      execute(connection, "SHUTDOWN IMMEDIATELY");
    } catch (SQLException alreadyClosed) {
      // closed is what we want
    }
    try {
      replaceDatabase(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void replaceDatabase(Path copy) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(copy))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(".mv.db")) {
          Path database = dataDirectory.resolve(Path.of(entry.getName()).getFileName());
          Files.copy((InputStream) zip, database, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.delete(copy);
    if (!hadTrace) {
      // H2 logged the failed statement there; the operator gets the reason on standard error.
      Files.deleteIfExists(trace());
    }
  }

  private Path trace() {
    return dataDirectory.resolve("microblog.trace.db");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public String getCallbackName() {
    return "microblog-migration-safety-copy";
  }
}
