package org.microblog.application.service.job;

import java.time.Clock;
import java.time.Duration;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;

/**
 * A running job's reports: the percentage for the person, written only when it moved, which also
 * renews the worker's lease on the job.
 */
public final class JobProgress {
  private final JobQueue queue;
  private final JobId job;
  private final Clock clock;
  private final Duration lease;
  private int reported = -1;

  JobProgress(JobQueue queue, JobId job, Clock clock, Duration lease) {
    this.queue = queue;
    this.job = job;
    this.clock = clock;
    this.lease = lease;
  }

  /** Reports {@code done} of {@code total} items. */
  public void report(long done, long total) {
    int percent = Job.percent(done, total);
    if (percent != reported) {
      reported = percent;
      queue.progress(job, percent, clock.instant().plus(lease));
    }
  }
}
