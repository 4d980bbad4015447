package org.microblog.application.port.in.user;

import java.util.Objects;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/**
 * New username and about-me text for one's own profile, and whether search may show one's posts.
 */
public record UpdateProfileCommand(
    UserId user, Username username, AboutMe about, boolean postsFindable) {
  public UpdateProfileCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(about, "about");
  }
}
