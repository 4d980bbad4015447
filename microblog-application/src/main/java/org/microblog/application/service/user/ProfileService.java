package org.microblog.application.service.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.microblog.application.port.in.user.ProfileQuery;
import org.microblog.application.port.in.user.ProfileView;
import org.microblog.application.port.out.user.LoadProfilePort;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** Reads public profiles. */
public final class ProfileService implements ProfileQuery {
  private final LoadProfilePort profiles;

  public ProfileService(LoadProfilePort profiles) {
    this.profiles = profiles;
  }

  @Override
  public Optional<ProfileView> profile(Username username, Optional<UserId> viewer) {
    return profiles.loadProfile(username, viewer);
  }

  @Override
  public List<ProfileView> profiles(Collection<UserId> ids) {
    return ids.isEmpty() ? List.of() : profiles.loadProfiles(Set.copyOf(ids));
  }
}
