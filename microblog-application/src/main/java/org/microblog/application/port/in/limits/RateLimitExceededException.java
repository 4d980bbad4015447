package org.microblog.application.port.in.limits;

import java.time.Duration;
import java.util.Objects;

/** A budget is used up: the sentence a person reads, and how long to wait. */
public final class RateLimitExceededException extends RuntimeException {
  private final Duration retryAfter;

  public RateLimitExceededException(String message, Duration retryAfter) {
    super(message, null, false, false);
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
