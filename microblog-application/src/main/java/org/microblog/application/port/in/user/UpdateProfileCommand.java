package org.microblog.application.port.in.user;

import java.util.Objects;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.UserId;
import org.microblog.domain.user.Username;

/** New username and about-me text for one's own profile. */
public record UpdateProfileCommand(UserId user, Username username, AboutMe about) {
  public UpdateProfileCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(about, "about");
  }
}
