package org.microblog.application.port.out.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Reads a profile with its follower counts in one go. */
public interface LoadProfilePort {
  /** Matches the username ignoring case. */
  Optional<ProfileView> loadProfile(Username username, Optional<UserId> viewer);

  /**
   * The profiles of those of {@code ids} that exist, as an anonymous viewer sees them, in one read
   * (in no particular order).
   */
  List<ProfileView> loadProfiles(Collection<UserId> ids);
}
