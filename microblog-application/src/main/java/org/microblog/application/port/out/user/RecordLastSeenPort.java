package org.microblog.application.port.out.user;

import java.time.Instant;
import org.microblog.domain.user.UserId;

/** Writes down when a user was last active. */
public interface RecordLastSeenPort {
  /** Moves "last seen" forward to {@code seenAt}; an earlier moment changes nothing. */
  void recordLastSeen(UserId id, Instant seenAt);
}
