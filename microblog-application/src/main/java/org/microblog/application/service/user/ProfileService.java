package org.microblog.application.service.user;

import java.util.Optional;
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
}
