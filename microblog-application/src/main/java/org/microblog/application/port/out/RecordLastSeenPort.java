package org.microblog.application.port.out;

import java.time.Instant;
import org.microblog.domain.user.UserId;

/** Writes down when a user was last active. */
public interface RecordLastSeenPort {
  void recordLastSeen(UserId id, Instant seenAt);
}
