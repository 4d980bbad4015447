package org.microblog.domain.job;

/** Where a job is in its life: waiting, being worked on, or ended one way or the other. */
public enum JobState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** Queued or running: not yet ended. */
  public boolean active() {
    return this == QUEUED || this == RUNNING;
  }
}
