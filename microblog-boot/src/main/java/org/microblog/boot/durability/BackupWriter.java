package org.microblog.boot.durability;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.microblog.boot.config.DataDirectoryConfiguration;

/**
 * Writes a consistent backup of the running embedded database. H2's {@code BACKUP TO} copies the
 * database file while requests go on (the MVStore is append-only while it copies, and the copy is
 * transactionally consistent), so the server keeps serving; every commit acknowledged before the
 * backup began is in it. The result is written beside the target and renamed when complete, so a
 * file with the final name is always a whole backup.
 */
@Singleton
public final class BackupWriter {
  private final DataSource dataSource;
  private final Path dataDirectory;

  BackupWriter(DataSource dataSource, DataDirectoryConfiguration dataDirectory) {
    // The connection pool itself: Micronaut's transaction-aware proxy hands out connections only
    // inside a transaction, and BACKUP TO wants none.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.dataDirectory = dataDirectory.path();
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  /** True when the database is the embedded H2; PostgreSQL is backed up with its own tools. */
  public boolean isEmbedded() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  /** Writes a complete backup file at {@code target}. */
  // One at a time: a scheduled backup and an operator's never copy the database side by side.
  public synchronized void writeTo(Path target) throws IOException, SQLException {
    removeCopiesLeftByAnInterruptedBackup();
    Path h2Copy = Files.createTempFile(dataDirectory, ".h2-backup-", ".zip");
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
        backup.setString(1, h2Copy.toString());
        backup.execute();
      }
      try (OutputStream out = Files.newOutputStream(partial)) {
        repackage(h2Copy, out);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(h2Copy);
      Files.deleteIfExists(partial);
    }
  }

  /**
   * H2's intermediate copy is only ever in use inside this (synchronized) method, so any found now
   * was left by a process stopped mid-backup; each can be as large as the database.
   */
  private void removeCopiesLeftByAnInterruptedBackup() throws IOException {
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(dataDirectory, ".h2-backup-*.zip")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private void repackage(Path h2Copy, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out);
        ZipInputStream h2 = new ZipInputStream(Files.newInputStream(h2Copy))) {
      // Fast compression: the database is mostly text and compresses well even so, and a backup
      // of a large database should not keep a core busy for minutes.
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
      String manifest = BackupFormat.FORMAT_LINE + "\ncreated=" + Instant.now() + "\n";
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      boolean copied = false;
      for (ZipEntry entry = h2.getNextEntry(); entry != null; entry = h2.getNextEntry()) {
        if (entry.getName().endsWith(".mv.db")) {
          zip.putNextEntry(new ZipEntry(BackupFormat.DATABASE));
          h2.transferTo(zip);
          zip.closeEntry();
          copied = true;
        }
      }
      if (!copied) {
        throw new IOException("H2's backup holds no database file");
      }
      Path secret = dataDirectory.resolve(BackupFormat.SECRET);
      if (Files.exists(secret)) {
        zip.putNextEntry(new ZipEntry(BackupFormat.SECRET));
        try (InputStream in = Files.newInputStream(secret)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }
}
