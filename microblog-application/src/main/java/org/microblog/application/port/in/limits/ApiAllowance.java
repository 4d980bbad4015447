package org.microblog.application.port.in.limits;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a caller of the client API stands after one request: the budget, what is left of it, when
 * it is renewed, and whether this request was within it. The driving adapter says all of it to the
 * client (Mastodon's {@code X-RateLimit-*} headers) whatever the answer.
 *
 * @param limit requests allowed per window
 * @param remaining requests still allowed in the current window
 * @param reset when the current window ends and the budget is whole again
 * @param allowed whether this request was within the budget
 */
public record ApiAllowance(int limit, int remaining, Instant reset, boolean allowed) {
  public ApiAllowance {
    Objects.requireNonNull(reset, "reset");
    if (remaining < 0 || remaining > limit) {
      throw new IllegalArgumentException("remaining must lie between 0 and the limit");
    }
  }
}
