package org.microblog.application.port.in.user;

import java.util.Collection;
import java.util.List;
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

  /**
   * The public profiles of those of {@code ids} that exist, as anyone sees them, in one read
   * whatever their number (for lists that show many authors); in no particular order.
   */
  List<ProfileView> profiles(Collection<UserId> ids);
}
