package org.microblog.application.port.in;

import org.microblog.domain.user.UserId;

/** Notes that a user was just active, for "last seen"; cheap to call on every request. */
public interface RecordActivityUseCase {
  void recordSeen(UserId user);
}
