package org.microblog.application.service.job;

/**
 * An attempt that failed for a passing reason (a mail server down), told in words for the person;
 * the job is tried again while it may.
 */
public final class RetryableFailure extends RuntimeException {
  public RetryableFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
