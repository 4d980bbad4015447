package org.microblog.application.port.out.user;

import java.util.Optional;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Reads a profile with its follower counts in one go. */
public interface LoadProfilePort {
  /** Matches the username ignoring case. */
  Optional<ProfileView> loadProfile(Username username, Optional<UserId> viewer);
}
