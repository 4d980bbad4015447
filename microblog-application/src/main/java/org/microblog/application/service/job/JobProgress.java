package org.microblog.application.service.job;

import java.time.Clock;
import java.time.Duration;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;

/**
 * A running job's reports: the percentage for the person, written only when it moved, which also
 * renews the worker's lease on the job.
 */
public final class JobProgress {
  private final JobQueue queue;
  private final Job job;
  private final Clock clock;
  private final Duration lease;
  private int reported = -1;

  JobProgress(JobQueue queue, Job job, Clock clock, Duration lease) {
    this.queue = queue;
    this.job = job;
    this.clock = clock;
    this.lease = lease;
  }

  /**
   * Reports {@code done} of {@code total} items.
   *
   * @throws ClaimLost when this attempt no longer holds the job (its lease ran out and a later
   *     attempt took it over): the handler stops there, and only the later attempt reports
   */
  public void report(long done, long total) {
    int percent = Job.percent(done, total);
    if (percent != reported) {
      reported = percent;
      if (!queue.progress(job, percent, clock.instant().plus(lease))) {
        throw new ClaimLost();
      }
    }
  }

  /** This attempt lost its job to a later one; nothing of it is recorded. */
  static final class ClaimLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimLost() {
      super("the job was taken over by a later attempt", null, false, false);
    }
  }
}
