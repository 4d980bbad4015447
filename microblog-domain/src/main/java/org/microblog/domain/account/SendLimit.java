package org.microblog.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** At most {@code max} mails of one kind to one account within any {@code window}. */
public record SendLimit(int max, Duration window) {
  /**
   * How long the record of a sent mail is kept. No window may be longer, so forgetting older
   * records never lets a mail through early.
   */
  public static final Duration RECORDS_KEPT = Duration.ofDays(1);

  public SendLimit {
    Objects.requireNonNull(window, "window");
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a send limit needs a positive count and window");
    }
    if (window.compareTo(RECORDS_KEPT) > 0) {
      throw new IllegalArgumentException("a send limit's window cannot outlast its records");
    }
  }

  /**
   * Records of mails sent before this moment may be forgotten once a mail goes out at {@code
   * sentAt}: they count against no limit any more.
   */
  public static Instant recordsExpireBefore(Instant sentAt) {
    return sentAt.minus(RECORDS_KEPT);
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
