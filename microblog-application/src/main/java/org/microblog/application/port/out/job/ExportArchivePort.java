package org.microblog.application.port.out.job;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.microblog.domain.job.JobId;

/**
 * Where export archives are written and read back. Writing streams item by item, so an archive of
 * any size never sits in memory; an archive is visible only once {@link ExportArchive#complete()}
 * returned, so a download never sees a half-written one.
 */
public interface ExportArchivePort {
  /** Starts the archive of an export job, replacing whatever an earlier attempt left. */
  ExportArchive create(JobId job);

  /** The completed archive of an export job. */
  Optional<StoredArchive> open(JobId job);

  /** Removes an archive that is no longer offered; nothing when there is none. */
  void delete(JobId job);

  /**
   * Removes every archive completed before {@code cutoff}, and what attempts that never completed
   * left behind if they started before it.
   */
  void deleteCompletedBefore(Instant cutoff);

  /** A completed archive: its size in bytes, and its bytes to read once. */
  interface StoredArchive {
    long size();

    /**
     * @throws UncheckedIOException when it cannot be read
     */
    InputStream open();
  }
}
