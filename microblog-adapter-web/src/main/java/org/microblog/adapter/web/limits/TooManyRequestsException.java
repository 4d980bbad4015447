package org.microblog.adapter.web.limits;

import java.time.Duration;

/** A budget is used up; the client should wait {@link #retryAfter()}. */
public final class TooManyRequestsException extends RuntimeException {
  private final Duration retryAfter;

  TooManyRequestsException(String message, Duration retryAfter) {
    super(message, null, false, false);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
