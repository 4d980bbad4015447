package org.microblog.application.port.in.job;

import java.time.Duration;

/**
 * Runs queued jobs: called by a worker on every instance. Each call claims at most one due job,
 * runs it, and records how it ended (done, retry later, or failed for good).
 */
public interface RunJobsUseCase {
  /**
   * @param lease how long this worker holds a claimed job between two reports; after that, another
   *     instance takes the job as abandoned
   * @return whether a job was run
   */
  boolean runNext(Duration lease);
}
