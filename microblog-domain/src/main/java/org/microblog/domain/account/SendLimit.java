package org.microblog.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** At most {@code max} mails of one kind to one account within any {@code window}. */
public record SendLimit(int max, Duration window) {
  public SendLimit {
    Objects.requireNonNull(window, "window");
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a send limit needs a positive count and window");
    }
  }

  /** The earliest send that still counts against the limit at {@code now}. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /** Whether one more mail may go out, given how many went out since {@link #windowStart}. */
  public boolean allowsAnother(long sentInWindow) {
    return sentInWindow < max;
  }
}
