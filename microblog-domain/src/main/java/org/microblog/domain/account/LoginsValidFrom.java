package org.microblog.domain.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The moment before which every login of an account counts as ended (set by a password change or
 * reset). Compared in microseconds, the precision databases keep: a login issued even one second
 * before the cut-off (a whole-second JWT {@code iat} would hide that) has ended, while the login
 * issued to the browser that made the change, just after it, is accepted.
 */
public record LoginsValidFrom(Instant value) {
  public LoginsValidFrom {
    Objects.requireNonNull(value, "value");
  }

  public boolean accepts(Instant loginIssuedAt) {
    return !loginIssuedAt.isBefore(value.truncatedTo(ChronoUnit.MICROS));
  }
}
