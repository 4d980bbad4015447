package org.microblog.application.port.in.user;

import org.microblog.domain.user.UserId;

/** Notes that a user was just active, for "last seen"; cheap to call on every request. */
public interface RecordActivityUseCase {
  void recordSeen(UserId user);

  /**
   * Whether {@link #recordSeen} would write now. Never blocks and touches no storage, so a caller
   * that must not block can skip handing off the many calls that would write nothing.
   */
  boolean isDue(UserId user);
}
