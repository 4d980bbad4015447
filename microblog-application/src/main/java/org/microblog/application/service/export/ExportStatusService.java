package org.microblog.application.service.export;

import java.time.Clock;
import java.util.Optional;
import org.microblog.application.port.in.export.ExportStatus;
import org.microblog.application.port.in.export.ExportStatusQuery;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.user.UserId;

/** Reads one's latest export job as the export page shows it. */
public final class ExportStatusService implements ExportStatusQuery {
  private final JobQueue queue;
  private final Clock clock;

  public ExportStatusService(JobQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public Optional<ExportStatus> latestExport(UserId me) {
    return queue
        .latest(me, JobKind.EXPORT)
        .map(
            job ->
                new ExportStatus(
                    job.id(),
                    job.state(),
                    job.progress(),
                    job.reason(),
                    job.changedAt(),
                    ExportOffer.availableUntil(job, me, clock.instant())));
  }
}
