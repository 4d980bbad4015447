package org.microblog.boot.durability;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.microblog.boot.durability.BackupCommandLine.OperationRefused;

/**
 * Restores a backup file into an empty data folder, while no server runs on it. The files are
 * unpacked under temporary names, their checksums checked and the database opened once before they
 * take their final names, so a damaged backup leaves the folder as empty as it was.
 */
final class Restore {
  record Summary(long users, long posts) {}

  private final Path dataDirectory;
  private final Progress progress;

  Restore(Path dataDirectory, Progress progress) {
    this.dataDirectory = dataDirectory;
    this.progress = progress;
  }

  Summary from(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new OperationRefused(file + " is not a file.");
    }
    requireEmpty();
    Path staging = Files.createTempDirectory(dataDirectory, ".restore-");
    try {
      unpack(file, staging);
      Summary summary = open(staging);
      for (String name : new String[] {BackupFormat.DATABASE, BackupFormat.SECRET}) {
        if (Files.exists(staging.resolve(name))) {
          Files.move(
              staging.resolve(name), dataDirectory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        }
      }
      return summary;
    } finally {
      deleteRecursively(staging);
    }
  }

  private void requireEmpty() throws IOException {
    Files.createDirectories(dataDirectory);
    try (Stream<Path> entries = Files.list(dataDirectory)) {
      if (entries.findAny().isPresent()) {
        throw new OperationRefused(
            "the data folder "
                + dataDirectory
                + " is not empty; restore into an empty folder (set MICROBLOG_DATA_DIR), with no"
                + " server running on it.");
      }
    }
  }

  private void unpack(Path file, Path staging) throws IOException {
    long size = Files.size(file);
    boolean manifest = false;
    boolean database = false;
    try (ZipInputStream zip =
        new ZipInputStream(progress.track(Files.newInputStream(file), size, "restore"))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        switch (entry.getName()) {
          case BackupFormat.MANIFEST -> {
            String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            manifest = text.lines().anyMatch(BackupFormat.FORMAT_LINE::equals);
          }
          case BackupFormat.DATABASE, BackupFormat.SECRET -> {
            try (OutputStream out = Files.newOutputStream(staging.resolve(entry.getName()))) {
              zip.transferTo(out);
            }
            database |= BackupFormat.DATABASE.equals(entry.getName());
          }
          default -> throw damaged(file, "unexpected entry " + entry.getName());
        }
      }
    } catch (ZipException | EOFException e) {
      throw damaged(file, e.getMessage());
    }
    if (!manifest || !database) {
      throw damaged(file, "not a Microblog backup (no manifest or no database in it)");
    }
  }

  /** Opens the unpacked database read-only once: what H2 cannot read must not be put in place. */
  private static Summary open(Path staging) {
    String url =
        "jdbc:h2:file:"
            + staging.resolve("microblog")
            + ";ACCESS_MODE_DATA=r;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      return new Summary(count(statement, "users"), count(statement, "posts"));
    } catch (SQLException e) {
      throw new OperationRefused(
          "the database in the backup does not open ("
              + e.getMessage().lines().findFirst().orElse("")
              + ").");
    }
  }

  private static long count(Statement statement, String table) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static OperationRefused damaged(Path file, String detail) {
    return new OperationRefused(file + " is damaged or not a Microblog backup (" + detail + ").");
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
