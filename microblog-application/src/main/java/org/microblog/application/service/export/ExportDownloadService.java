package org.microblog.application.service.export;

import java.time.Clock;
import java.util.Optional;
import org.microblog.application.port.in.export.ExportDownloadQuery;
import org.microblog.application.port.out.job.ExportArchivePort;
import org.microblog.application.port.out.job.ExportArchivePort.StoredArchive;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.JobId;
import org.microblog.domain.user.UserId;

/** Hands out one's own finished export while it is offered; an expired one is removed. */
public final class ExportDownloadService implements ExportDownloadQuery {
  private final JobQueue queue;
  private final ExportArchivePort archives;
  private final Clock clock;

  public ExportDownloadService(JobQueue queue, ExportArchivePort archives, Clock clock) {
    this.queue = queue;
    this.archives = archives;
    this.clock = clock;
  }

  @Override
  public Optional<StoredArchive> download(UserId me, JobId export) {
    return queue
        .find(export)
        .filter(job -> job.owner().equals(me))
        .flatMap(
            job -> {
              if (ExportOffer.availableUntil(job, me, clock.instant()).isPresent()) {
                return archives.open(export);
              }
              archives.delete(export);
              return Optional.empty();
            });
  }
}
