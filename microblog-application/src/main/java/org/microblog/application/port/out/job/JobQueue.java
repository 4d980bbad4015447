package org.microblog.application.port.out.job;

import java.time.Instant;
import java.util.Optional;
import org.microblog.domain.job.Job;
import org.microblog.domain.job.JobId;
import org.microblog.domain.job.JobKind;
import org.microblog.domain.job.NewJob;
import org.microblog.domain.user.UserId;

/**
 * Jobs that survive a restart and run on one instance of many. A claim takes one job that is due
 * (queued and past its run-after, or running under a lease that has run out because its worker
 * died) so that no two claimers ever hold the same job; each claim counts an attempt. Only the
 * claimer reports on a job, renewing its lease as it goes.
 */
public interface JobQueue {
  /**
   * Queues a job. Empty when its kind allows one per account and the owner has one queued or
   * running already, however many ask at once.
   */
  Optional<Job> enqueue(NewJob job, Instant now);

  /** Takes the next due job, oldest due first, and holds it running until {@code leaseUntil}. */
  Optional<Job> claimNext(Instant now, Instant leaseUntil);

  /**
   * The claimer's progress, in percent, which also renews its lease. False, changing nothing, when
   * the claim no longer holds: the lease ran out and another claim (a later attempt) took the job,
   * or the job ended; the late claimer should then stop.
   */
  boolean progress(Job claimed, int percent, Instant leaseUntil);

  /** Ends the job as done, at 100 percent, if {@code claimed} still holds it. */
  void finish(Job claimed, Instant now);

  /**
   * Puts a failed attempt's job back in the queue, due at {@code runAfter}, with the reason, if
   * {@code claimed} still holds it.
   */
  void retry(Job claimed, String reason, Instant runAfter, Instant now);

  /** Ends the job as failed, for good, with the reason the person reads, if the claim holds. */
  void fail(Job claimed, String reason, Instant now);

  Optional<Job> find(JobId job);

  /** The owner's most recently queued job of a kind. */
  Optional<Job> latest(UserId owner, JobKind kind);
}
