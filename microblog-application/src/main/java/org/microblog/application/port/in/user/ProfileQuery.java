package org.microblog.application.port.in.user;

import java.util.Optional;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Public profiles. */
public interface ProfileQuery {
  /**
   * @param viewer who is looking, if logged in
   * @return the profile, or empty for an unknown username (matched ignoring case)
   */
  Optional<ProfileView> profile(Username username, Optional<UserId> viewer);
}
