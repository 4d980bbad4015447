package org.microblog.boot.jobs;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.microblog.adapter.web.config.PublicUrlConfiguration;
import org.microblog.application.port.out.job.ExportArchive;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.boot.config.DataDirectoryConfiguration;
import org.microblog.domain.job.JobId;

/**
 * Export archives as zip files in the export folder, named by their job: {@code export-<id>.zip},
 * written first as {@code .part} and renamed when complete, so a download (or another instance)
 * never sees half an archive. Only the job id goes into a file name, never text from a person.
 */
@Singleton
final class FileExportArchives implements ExportArchivePort {
  private final Path folder;
  private final String publicUrl;

  FileExportArchives(
      JobsConfiguration jobs, DataDirectoryConfiguration data, PublicUrlConfiguration publicUrl) {
    this.folder = jobs.exportFolder(data);
    this.publicUrl = publicUrl.publicUrl();
  }

  @Override
  public ExportArchive create(JobId job) {
    try {
      Files.createDirectories(folder);
      return new ZipExportArchive(part(job), file(job), publicUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<StoredArchive> open(JobId job) {
    Path file = file(job);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredArchive() {
          @Override
          public long size() {
            try {
              return Files.size(file);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public InputStream open() {
            try {
              return Files.newInputStream(file);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }

  @Override
  public void delete(JobId job) {
    try {
      Files.deleteIfExists(file(job));
      Files.deleteIfExists(part(job));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Archives and leftover parts last written before {@code cutoff}. */
  @Override
  public void deleteCompletedBefore(Instant cutoff) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, "export-*.zip*")) {
      for (Path archive : archives) {
        if (Files.getLastModifiedTime(archive).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(archive);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(JobId job) {
    return folder.resolve("export-" + job.value() + ".zip");
  }

  private Path part(JobId job) {
    return folder.resolve("export-" + job.value() + ".zip.part");
  }
}
