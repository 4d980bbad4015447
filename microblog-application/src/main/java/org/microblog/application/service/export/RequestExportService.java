package org.microblog.application.service.export;

import java.time.Clock;
import java.time.Instant;
import org.microblog.application.port.in.export.RequestExportUseCase;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.JobPayload;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.shared.DomainException;
import org.microblog.domain.user.UserId;

/** Queues an export job; the queue keeps it to one queued or running per account. */
public final class RequestExportService implements RequestExportUseCase {
  private final JobQueue queue;
  private final Clock clock;

  public RequestExportService(JobQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public JobId request(UserId me) {
    Instant now = clock.instant();
    return queue
        .enqueue(new NewJob(JobKind.EXPORT, me, JobPayload.EMPTY, now), now)
        .map(Job::id)
        .orElseThrow(RequestExportService::underWay);
  }

  static DomainException underWay() {
    return DomainException.conflict(
        "export.under-way", "Your export is already under way. This page shows when it is ready.");
  }
}
