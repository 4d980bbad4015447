package org.microblog.application.service.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.microblog.application.port.in.job.RunJobsUseCase;
import org.microblog.application.port.out.job.JobQueue;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobKind;

/**
 * Claims one due job, hands it to the handler of its kind, and records the end: done, a retry after
 * the job's backoff, or failed for good once its attempts are spent. A job claimed more often than
 * its kind allows (its worker died each time) fails without running again.
 */
public final class JobRunnerService implements RunJobsUseCase {
  static final String UNEXPECTED = "Something went wrong on our side.";
  static final String ABANDONED = "It was interrupted too often.";

  private final JobQueue queue;
  private final Map<JobKind, JobHandler> handlers;
  private final Clock clock;

  public JobRunnerService(JobQueue queue, Map<JobKind, JobHandler> handlers, Clock clock) {
    this.queue = queue;
    this.handlers = new EnumMap<>(handlers);
    this.clock = clock;
  }

  @Override
  public boolean runNext(Duration lease) {
    Instant now = clock.instant();
    Optional<Job> claimed = queue.claimNext(now, now.plus(lease));
    claimed.ifPresent(job -> run(job, lease));
    return claimed.isPresent();
  }

  private void run(Job job, Duration lease) {
    if (job.attempts() > job.kind().maxAttempts()) {
      queue.fail(job, ABANDONED, clock.instant());
      return;
    }
    JobHandler handler = handlers.get(job.kind());
    if (handler == null) {
      queue.fail(job, UNEXPECTED, clock.instant());
      return;
    }
    try {
      handler.run(job, new JobProgress(queue, job, clock, lease));
      queue.finish(job, clock.instant());
    } catch (JobProgress.ClaimLost overtaken) {
      // A later attempt owns the job now; it reports, this one leaves no trace.
    } catch (JobFailure failure) {
      queue.fail(job, failure.getMessage(), clock.instant());
    } catch (RuntimeException attemptFailed) {
      Instant now = clock.instant();
      String reason = reasonFor(attemptFailed);
      if (job.mayRetry()) {
        queue.retry(job, reason, job.retryAt(now), now);
      } else {
        queue.fail(job, reason, now);
      }
    }
  }

  private static String reasonFor(RuntimeException failure) {
    return failure instanceof RetryableFailure retryable ? retryable.getMessage() : UNEXPECTED;
  }
}
