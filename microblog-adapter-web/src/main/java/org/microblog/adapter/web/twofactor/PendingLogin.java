package org.microblog.adapter.web.twofactor;

import java.time.Duration;
import java.time.Instant;
import org.microblog.application.port.in.login.AuthenticatedUser;

/**
 * A login halfway done: the password was right, the second factor is still to come. No login record
 * exists yet; this lives only in a signed cookie for {@link #LIFETIME}.
 */
record PendingLogin(AuthenticatedUser user, boolean remember, String next, Instant expiresAt) {
  static final Duration LIFETIME = Duration.ofMinutes(5);

  boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
