package org.microblog.boot.durability;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
  private static final AtomicReference<BooleanSupplier> PUT_BACK = new AtomicReference<>();

  /** The database's files without their extension (H2's DATABASE_PATH()), once a copy exists. */
  private Path database;

  private MigrationSafetyCopy() {}

  /** Registered under the datasource's name, where Micronaut's Flyway integration looks. */
  @Factory
  static final class Registration {
    @Bean
    @Named("default")
    Callback[] migrationSafetyCopy() {
      return new Callback[] {new MigrationSafetyCopy()};
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
      if (event == Event.BEFORE_EACH_MIGRATE && database == null) {
        embeddedDatabasePath(connection).ifPresent(path -> copy(connection, path));
      } else if (event == Event.AFTER_MIGRATE_ERROR && database != null) {
        String url = connection.getMetaData().getURL();
        String user = connection.getMetaData().getUserName();
        PUT_BACK.set(() -> putBack(url, user));
      } else if (event == Event.AFTER_MIGRATE && database != null) {
        Files.deleteIfExists(copyFile());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("migration safety copy: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An H2 database in a file of this process; not in memory, not on a remote H2 server. */
  private static Optional<Path> embeddedDatabasePath(Connection connection) throws SQLException {
    String url = connection.getMetaData().getURL();
    if (!"H2".equals(connection.getMetaData().getDatabaseProductName())
        || url.startsWith("jdbc:h2:tcp:")
        || url.startsWith("jdbc:h2:ssl:")) {
      return Optional.empty();
    }
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT DATABASE_PATH()")) {
      row.next();
      return Optional.ofNullable(row.getString(1)).map(Path::of);
    }
  }

  private void copy(Connection connection, Path path) {
    try {
      database = path;
      execute(connection, "BACKUP TO '" + copyFile().toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("migration safety copy: " + e.getMessage(), e);
    }
  }

  private Path copyFile() {
    return database.resolveSibling(database.getFileName() + COPY);
  }

  /**
   * After a failed start: closes the embedded database and puts the copy taken before migrating
   * back. False only when a copy was taken but could not be put back; true when it is back, or when
   * none was needed (PostgreSQL rolls the failed migration back itself).
   */
  public static boolean putBackAfterFailedMigration() {
    BooleanSupplier putBack = PUT_BACK.getAndSet(null);
    return putBack == null || putBack.getAsBoolean();
  }

  /**
   * Closes the database (it is shared by URL inside this process) and only then replaces its file.
   * Without a password (the embedded default has none) or when closing fails, the file is left
   * alone: replacing a file H2 still has open would damage it. The copy then stays beside it.
   */
  private boolean putBack(String url, String user) {
    try (Connection connection = DriverManager.getConnection(url, user, "")) {
      execute(connection, "SHUTDOWN IMMEDIATELY");
    } catch (SQLException e) {
      if (!e.getMessage().contains("closed")) {
        return false;
      }
    }
    try {
      replaceDatabase(copyFile());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void replaceDatabase(Path copy) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(copy))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith(".mv.db")) {
          Path file = database.resolveSibling(database.getFileName() + ".mv.db");
          Files.copy((InputStream) zip, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.delete(copy);
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
