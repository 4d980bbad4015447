package org.microblog.application.service.job;

import org.microblog.domain.job.Job;

/**
 * Does the work of one kind of job. Throwing {@link JobFailure} ends the job as failed with that
 * reason; any other exception fails only this attempt, and the job is tried again while it may. A
 * handler must be safe to run again after a crash half-way: it starts over.
 */
public interface JobHandler {
  void run(Job job, JobProgress progress);
}
