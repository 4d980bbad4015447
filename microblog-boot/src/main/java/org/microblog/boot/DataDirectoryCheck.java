package org.microblog.boot;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder must be a writable folder on a disk with room to spare before the database is
 * opened: H2 failing half-way through a write on a full or read-only disk is a far worse place to
 * stop than a refusal before anything was touched.
 */
final class DataDirectoryCheck {
  /**
   * Room for the database to grow a little and for H2 to rewrite a chunk; far below any real disk.
   */
  static final long MIN_FREE_BYTES = 16L * 1024 * 1024;

  private DataDirectoryCheck() {}

  static void requireUsable(Path dataDirectory) {
    if (Files.exists(dataDirectory) && !Files.isDirectory(dataDirectory)) {
      throw new StartupRefusal("the data folder " + dataDirectory + " is a file, not a folder.");
    }
    try {
      Files.createDirectories(dataDirectory);
    } catch (IOException e) {
      throw new StartupRefusal(
          "the data folder " + dataDirectory + " cannot be created (" + reason(e) + ").");
    }
    requireFreeSpace(dataDirectory);
    requireWritable(dataDirectory);
  }

  private static void requireFreeSpace(Path dataDirectory) {
    try {
      FileStore disk = Files.getFileStore(dataDirectory);
      long free = disk.getUsableSpace();
      if (free < MIN_FREE_BYTES) {
        throw new StartupRefusal(
            String.format(
                "the disk holding the data folder %s is full (%d KB free, at least %d MB needed);"
                    + " free some space and start again.",
                dataDirectory, free / 1024, MIN_FREE_BYTES / (1024 * 1024)));
      }
    } catch (IOException e) {
      throw new StartupRefusal(
          "the free space of the data folder "
              + dataDirectory
              + " is unknown ("
              + reason(e)
              + ").");
    }
  }

  /** Asks the file system itself: permission bits say nothing about read-only mounts or root. */
  private static void requireWritable(Path dataDirectory) {
    try {
      Path probe = Files.createTempFile(dataDirectory, ".write-check-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new StartupRefusal(
          "the data folder " + dataDirectory + " is not writable (" + reason(e) + ").");
    }
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }
}
