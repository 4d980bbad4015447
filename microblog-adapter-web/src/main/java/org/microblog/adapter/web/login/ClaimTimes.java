package org.microblog.adapter.web.login;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Reads a JWT time claim ({@code iat}, {@code exp}) in the forms the JWT library hands it over. */
final class ClaimTimes {
  private ClaimTimes() {}

  /** A {@link Date}, an {@link Instant} or whole seconds since the epoch; else empty. */
  static Optional<Instant> asInstant(Object claim) {
    if (claim instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (claim instanceof Instant instant) {
      return Optional.of(instant);
    }
    if (claim instanceof Number seconds) {
      return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    }
    return Optional.empty();
  }
}
