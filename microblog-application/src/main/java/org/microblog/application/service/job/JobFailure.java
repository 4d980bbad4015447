package org.microblog.application.service.job;

/** A job that cannot succeed however often it is tried; the message is the person's reason. */
public final class JobFailure extends RuntimeException {
  public JobFailure(String reason) {
    super(reason);
  }
}
