package org.microblog.application.service.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.microblog.application.port.in.user.RecordActivityUseCase;
import org.microblog.application.port.out.user.RecordLastSeenPort;
import org.microblog.domain.user.User;
import org.microblog.domain.user.UserId;

/**
 * Writes "last seen" at most once per {@link User#LAST_SEEN_RESOLUTION} per user. The memory of
 * recent writes is per instance (one small entry per active user), so several instances may each
 * write once in the same minute; that costs a write, never correctness.
 */
public final class RecordActivityService implements RecordActivityUseCase {
  private final RecordLastSeenPort lastSeen;
  private final Clock clock;
  private final Map<UserId, Instant> lastWritten = new ConcurrentHashMap<>();

  public RecordActivityService(RecordLastSeenPort lastSeen, Clock clock) {
    this.lastSeen = lastSeen;
    this.clock = clock;
  }

  @Override
  public void recordSeen(UserId user) {
    Instant now = clock.instant();
    boolean[] due = {false};
    lastWritten.compute(
        user,
        (id, previous) -> {
          if (!isDue(previous, now)) {
            return previous;
          }
          due[0] = true;
          return now;
        });
    if (due[0]) {
      lastSeen.recordLastSeen(user, now);
    }
  }

  @Override
  public boolean isDue(UserId user) {
    return isDue(lastWritten.get(user), clock.instant());
  }

  private static boolean isDue(Instant previous, Instant now) {
    return previous == null || !now.isBefore(previous.plus(User.LAST_SEEN_RESOLUTION));
  }
}
