package org.microblog.application.port.out.job;

import java.time.Instant;
import java.util.Objects;
import org.microblog.domain.user.AboutMe;
import org.microblog.domain.user.EmailAddress;
import org.microblog.domain.user.User;
import org.microblog.domain.user.Username;

/** What an export says about the account: never its password hash or login secrets. */
public record ExportedProfile(
    Username username, EmailAddress email, AboutMe about, Instant memberSince) {
  public ExportedProfile {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(memberSince, "memberSince");
  }

  public static ExportedProfile of(User user) {
    return new ExportedProfile(user.username(), user.email(), user.about(), user.memberSince());
  }
}
