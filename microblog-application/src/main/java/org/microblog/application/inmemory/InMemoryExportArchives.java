package org.microblog.application.inmemory;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.application.port.in.message.MessageExport;
import org.microblog.application.port.out.job.ExportArchive;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.job.ExportedProfile;
import org.microblog.domain.job.JobId;
import org.microblog.domain.post.Post;

/**
 * Export archives in memory, as plain lines (one per item: {@code profile <username>}, {@code post
 * <id> <text>}, {@code message <id> <text>}), for tests and embedding programs that do not need a
 * real zip.
 */
public final class InMemoryExportArchives implements ExportArchivePort {
  private final Map<Long, List<String>> completed = new ConcurrentHashMap<>();
  private final Map<Long, Instant> completedAt = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryExportArchives(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ExportArchive create(JobId job) {
    completed.remove(job.value());
    List<String> lines = new ArrayList<>();
    return new ExportArchive() {
      @Override
      public void profile(ExportedProfile profile) {
        lines.add("profile " + profile.username().value());
      }

      @Override
      public void post(Post post) {
        lines.add("post " + post.id().value() + " " + post.text().value());
      }

      @Override
      public void message(MessageExport message) {
        lines.add("message " + message.id() + " " + message.body().value());
      }

      @Override
      public void complete() {
        completed.put(job.value(), List.copyOf(lines));
        completedAt.put(job.value(), clock.instant());
      }

      @Override
      public void close() {
        // Nothing to release: an archive not completed was never visible.
      }
    };
  }

  @Override
  public Optional<StoredArchive> open(JobId job) {
    return Optional.ofNullable(completed.get(job.value()))
        .map(
            lines -> {
              byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
              return new StoredArchive() {
                @Override
                public long size() {
                  return bytes.length;
                }

                @Override
                public InputStream open() {
                  return new ByteArrayInputStream(bytes);
                }
              };
            });
  }

  @Override
  public void delete(JobId job) {
    completed.remove(job.value());
  }

  @Override
  public void deleteCompletedBefore(Instant cutoff) {
    completedAt.forEach(
        (job, at) -> {
          if (at.isBefore(cutoff)) {
            completed.remove(job);
            completedAt.remove(job);
          }
        });
  }

  /** The lines of a completed archive, for tests. */
  public Optional<List<String>> lines(JobId job) {
    return Optional.ofNullable(completed.get(job.value()));
  }
}
